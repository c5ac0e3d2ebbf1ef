import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { chromiumPath } from './chromium';

/** Screenshots and downloads of the browser tests (git-ignored; CI keeps the folder). */
export const ARTIFACTS = path.resolve(__dirname, '..', '..', '..', 'test-artifacts', 'browser');

export const baseUrl = (): string => {
  const base = process.env.TEST_BASE_URL;
  if (!base) throw new Error('TEST_BASE_URL is unset: the browser project boots the app in test/browser/setup/global-setup.ts');
  return base;
};

export const launchChromium = (): Promise<Browser> =>
  // --no-sandbox: CI runs as root, where Chromium refuses its sandbox.
  chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage'] });

export interface AdminTab {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught page errors seen so far (a test expects none). */
  errors: string[];
}

/** A fresh browser context (no shared cookies) with its console watched. */
export async function openTab(browser: Browser): Promise<AdminTab> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, acceptDownloads: true, locale: 'en-US' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 500) errors.push(`HTTP ${response.status()} ${response.url()}`);
  });
  return { context, page, errors };
}

/** Signs in through the admin panel's own login form and waits for the home page. */
export async function logIn(page: Page, user: { email: string; password: string }): Promise<void> {
  await page.goto(`${baseUrl()}/admin/auth/login`);
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Login' }).click();
  await page.waitForURL((url) => !url.pathname.includes('/auth/'), { timeout: 30_000 });
  await page.getByRole('navigation').first().waitFor();
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** axe-core's serious and critical violations on the page, as "rule: target" lines. */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${v.help}`));
}
