// A browser test logs in, loads admin pages and waits for the API: 60 s each.
jest.setTimeout(60_000);
