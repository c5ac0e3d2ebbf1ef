import { baseUrl } from './helpers/http';

// Every admin page view asks for /favicon.ico; a missing file answered 500 with a stack trace.
describe('the favicon', () => {
  it('GET /favicon.ico answers 200 with an icon image', async () => {
    const res = await fetch(`${baseUrl()}/favicon.ico`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^image\//);
    const bytes = Buffer.from(await res.arrayBuffer());
    // The ICO header: reserved 0, type 1 (icon), at least one image.
    expect(bytes.readUInt16LE(0)).toBe(0);
    expect(bytes.readUInt16LE(2)).toBe(1);
    expect(bytes.readUInt16LE(4)).toBeGreaterThan(0);
  });
});
