import fs from 'node:fs';

/** Debian's chromium package; CHROMIUM_PATH names another build. Never a downloaded browser. */
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** The Chromium the browser tests drive, or an error that says how to get one. */
export function chromiumPath(): string {
  const wanted = process.env.CHROMIUM_PATH;
  if (wanted) {
    if (fs.existsSync(wanted)) return wanted;
    throw new Error(`CHROMIUM_PATH=${wanted} does not exist: point it at a Chromium binary, or unset it and install Debian's with \`apt-get install -y chromium\`.`);
  }
  const found = CANDIDATES.find((p) => fs.existsSync(p));
  if (found) return found;
  throw new Error(
    'The browser tests need Chromium and found none at ' +
      CANDIDATES.join(' or ') +
      '. Install it with `apt-get install -y chromium` (Debian; .ci/run does this), or set CHROMIUM_PATH to a Chromium binary.',
  );
}
