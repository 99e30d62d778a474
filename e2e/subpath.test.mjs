// Sub-path hosting (issue 5): the same build served under /tools/kenshin/ works,
// asks for nothing outside that path, and its service worker is scoped to it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, verdict } from './browser.mjs';
import { assertBuilt, serveApp, serviceWorkerReady } from './hosting.mjs';

const BASE = '/tools/kenshin/';
let server;
let context;

before(async () => {
  assertBuilt();
  server = await serveApp({ basePath: BASE });
  context = await launch();
});
after(async () => {
  await context?.close();
  await server?.close();
});

for (const entry of ['', 'index.html', '?lang=en']) {
  test(`served under ${BASE}: ${BASE}${entry} renders the checker and flags systolic 185`, async () => {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    const response = await page.goto(server.url + entry);
    assert.equal(response.status(), 200);
    await page.waitForSelector('[data-verdict]', { timeout: 15000 });
    await page.fill('#systolic_bp', '185');
    assert.equal(await verdict(page), 'see-doctor-first');
    if (entry === '?lang=en') assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    const { scope } = await serviceWorkerReady(page);
    assert.equal(scope, server.url, 'the service worker is scoped to the sub-path');
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test(`nothing is requested outside ${BASE}`, () => {
  const outside = server.requests.filter((path) => !path.startsWith(BASE));
  assert.deepEqual(outside, []);
  assert.ok(server.requests.some((path) => path.endsWith('.wasm')), 'the .wasm was loaded from the sub-path');
});
