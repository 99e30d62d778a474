// Sub-path hosting (an insurer may host it under any path), in every engine: the same build served under
// /tools/kenshin/ works, asks for nothing outside that path (the server's own log and
// the launch's recording proxy, which sees every request of the browser, other
// origins included), and its service worker is scoped to it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, named, verdict } from './engines/index.mjs';
import { assertBuilt, pageQuiet, pageRequests, serveApp, serviceWorkerReady } from './hosting.mjs';

const BASE = '/tools/kenshin/';
let server;
let browser;

before(async () => {
  assertBuilt();
  server = await serveApp({ basePath: BASE });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

for (const entry of ['', 'index.html', '?lang=en']) {
  test(named(`served under ${BASE}: ${BASE}${entry} renders the checker and flags systolic 185`), async () => {
    const page = await browser.newPage();
    await page.goto(server.url + entry);
    await page.waitForSelector('[data-verdict]', { timeout: 15000 });
    // The document's HTTP status (WebKit has no responseStatus on the navigation entry:
    // there, the status of the same URL fetched again, as the page's requests are answered).
    const status = await page.evaluate(async () => performance.getEntriesByType('navigation')[0]?.responseStatus ?? (await fetch(location.href)).status);
    assert.equal(status, 200);
    // (The app writes the language it shows into the URL: ?lang=ja is added where none was asked.)
    assert.equal(new URL(await page.url()).pathname, new URL(server.url + entry).pathname, 'the page stays at the address under the sub-path');
    await page.fill('#systolic_bp', '185');
    assert.equal(await verdict(page), 'see-doctor-first');
    if (entry === '?lang=en') assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    const { scope } = await serviceWorkerReady(page);
    assert.equal(scope, server.url, 'the service worker is scoped to the sub-path');
    assert.deepEqual(page.errors, []);
    await page.close();
  });
}

test(named(`nothing is requested outside ${BASE}`), async () => {
  await pageQuiet(browser.proxy, 500);
  const outside = server.requests.filter((path) => !path.startsWith(BASE));
  assert.deepEqual(outside, [], 'the server log');
  assert.ok(server.requests.some((path) => path.endsWith('.wasm')), 'the .wasm was loaded from the sub-path');
  const requests = pageRequests(browser.proxy);
  assert.ok(requests.length >= server.requests.length, `the proxy saw every request the server answered:\n  ${requests.join('\n  ')}`);
  const strays = requests.filter((r) => !r.startsWith(`GET ${server.url}`));
  assert.deepEqual(strays, [], 'the proxy log: every request of the browser is a GET under the sub-path');
});
