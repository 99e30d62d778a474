// Before the app starts: on a slow connection the participant sees a
// "Loading…" line (not a blank page), a reload hint if it takes long, and
// neither once the app is there.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './server.mjs';
import { launch, verdict } from './browser.mjs';
import { DIST } from './hosting.mjs';

let server;
let context;

before(async () => {
  server = await startServer({ root: DIST });
  context = await launch();
});
after(async () => {
  await context?.close();
  await server?.close();
});

test('a loading line while the app downloads, a reload hint after 6 s, both gone without a layout shift when the app starts', async () => {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route(/_bg\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(server.url, { waitUntil: 'domcontentloaded' });

  const loading = page.locator('#loading');
  const hint = page.locator('#loading small');
  assert.ok(await loading.isVisible(), 'the loading line shows while the wasm is on its way');
  assert.match(await loading.textContent(), /読み込み中… Loading…/);
  assert.equal(await hint.isVisible(), false, 'no reload hint during a normal load');
  await page.waitForTimeout(6500);
  assert.ok(await hint.isVisible(), 'after 6 s the reload hint shows');
  assert.match(await hint.textContent(), /再読み込み.*reload the page/);

  release();
  await page.waitForSelector('[data-verdict]');
  assert.equal(await loading.count(), 0, 'the placeholder is gone once the app renders');
  assert.equal(await page.locator('body > .app').count(), 1);
  // Nothing jumps when the app replaces the placeholder (Lighthouse counts it as layout shift).
  const shift = await page.evaluate(() => new Promise((resolve) => {
    new PerformanceObserver((list) => resolve(list.getEntries().filter((e) => !e.hadRecentInput).reduce((sum, e) => sum + e.value, 0)))
      .observe({ type: 'layout-shift', buffered: true });
    setTimeout(() => resolve(0), 1000); // no entry at all: no shift
  }));
  assert.ok(shift < 0.01, `cumulative layout shift ${shift}`);
  await page.fill('#systolic_bp', '185');
  assert.equal(await verdict(page), 'see-doctor-first');
  assert.deepEqual(errors, []);
  await page.close();
});
