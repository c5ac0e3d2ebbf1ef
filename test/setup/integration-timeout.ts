// 30 s per integration test (each speaks HTTP to the booted app, some boot a second one).
// Set here because jest-circus reads `testTimeout` from the global config only: the
// integration project's own `testTimeout` was silently ignored, leaving jest's 5 s.
jest.setTimeout(30_000);
