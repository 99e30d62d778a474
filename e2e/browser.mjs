// Debian's Chromium driven by playwright-core, headless, as root, with no
// background networking: the only requests are the ones the page makes.
import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const PHONE = { width: 390, height: 844 };
export const SHOTS = new URL('../target/screenshots/', import.meta.url).pathname;

export async function launch(extraArgs = []) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'kenshin-chromium-'));
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    viewport: PHONE,
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
      '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic', ...extraArgs,
    ],
  });
}

/** Opens the app and waits until the checker is usable. */
export async function openApp(context, url) {
  const page = context.pages()[0] ?? (await context.newPage());
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(url);
  await page.waitForSelector('[data-verdict]');
  return { page, errors };
}
