// Debian's Chromium driven by playwright-core, headless, as root, with no
// background networking: the only requests are the ones the page makes.
import { chromium } from 'playwright-core';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const PHONE = { width: 390, height: 844 };
export const SHOTS = new URL('../target/screenshots/', import.meta.url).pathname;

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
/** Every launch of Chromium uses these (tests, bench, Lighthouse). */
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
  '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic',
];

export async function launch(extraArgs = []) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'kenshin-chromium-'));
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: PHONE,
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    args: [...CHROMIUM_ARGS, ...extraArgs],
  });
}

/** The verdict the result region shows (SPEC §5 hook). */
export const verdict = (page) => page.getAttribute('[data-verdict]', 'data-verdict');

let axeSource; // read on first use, not by every importer of this file

/** axe-core's violations on the page (or frame), one line each: "rule: targets". */
export async function axeViolations(page) {
  axeSource ??= readFileSync(new URL('../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
  await page.evaluate(axeSource);
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
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
