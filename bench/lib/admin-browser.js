// The admin panel in Debian's Chromium for the bench scripts: the same launch flags, viewport
// and login form as the browser tests (test/browser/helpers/browser.ts), in plain JS so a bench
// runs with node alone. Never a downloaded browser.
const fs = require('node:fs');
const { chromium } = require('playwright-core');

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

const chromiumPath = () => {
  const found = [process.env.CHROMIUM_PATH, ...CANDIDATES].find((p) => p && fs.existsSync(p));
  if (!found) throw new Error(`No Chromium at ${CANDIDATES.join(' or ')}: install it with \`apt-get install -y chromium\`, or set CHROMIUM_PATH.`);
  return found;
};

// --no-sandbox: CI runs as root, where Chromium refuses its sandbox.
const launchChromium = () => chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage'] });

/** A fresh context (no shared cookies), the browser tests' viewport and locale. */
const openPage = async (browser) => {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'en-US' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 500) errors.push(`HTTP ${response.status()} ${response.url()}`);
  });
  return { context, page, errors };
};

/** Signs in through the admin panel's own login form and waits for the home page. */
const logIn = async (page, base, user) => {
  await page.goto(`${base}/admin/auth/login`);
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Login' }).click();
  await page.waitForURL((url) => !url.pathname.includes('/auth/'), { timeout: 30_000 });
  await page.getByRole('navigation').first().waitFor();
};

module.exports = { chromiumPath, launchChromium, openPage, logIn };
