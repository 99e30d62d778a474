// Offline after the first visit (a participant may lose the connection before the interview), in every engine: the service worker
// precaches the release; with the network cut (the launch's proxy refuses every
// connection, like airplane mode), a reload still gives a working checker. A new
// release replaces the old one's cache.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, named, verdict } from './engines/index.mjs';
import { assertBuilt, serveApp, serviceWorkerReady, swVersion } from './hosting.mjs';

const BASE = '/tools/kenshin/';
const cacheNames = (page) => page.evaluate(() => caches.keys());

/** Polls `check` (async) until true or `timeout` ms. */
async function until(check, timeout) {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

test(named('after one visit, with the network disabled, a reload gives a working checker'), async () => {
  assertBuilt();
  const server = await serveApp({ basePath: BASE });
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.waitForSelector('[data-verdict]', { timeout: 15000 });
    await serviceWorkerReady(page);
    assert.deepEqual(await cacheNames(page), [`kenshin-check:${BASE}:${swVersion()}`], 'one cache, named after this release and scope');

    browser.proxy.setOffline(true);
    const served = server.requests.length;
    for (const url of [server.url, `${server.url}?lang=en`, `${server.url}index.html`]) {
      await page.goto(url);
      await page.waitForSelector('[data-verdict]', { timeout: 15000 });
      await page.fill('#systolic_bp', '185');
      assert.equal(await verdict(page), 'see-doctor-first', `${url} offline`);
      await page.fill('#systolic_bp', '128');
      assert.notEqual(await verdict(page), 'see-doctor-first');
    }
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'ja');
    await page.reload();
    await page.waitForSelector('[data-verdict]', { timeout: 15000 });
    assert.equal(await page.inputValue('#systolic_bp'), '', 'a reload starts empty');
    await page.fill('#systolic_bp', '185');
    assert.equal(await verdict(page), 'see-doctor-first', 'the reloaded checker works offline');
    assert.deepEqual(server.requests.slice(served), [], 'offline: nothing reached the server');
    assert.deepEqual(page.errors, [], 'no console errors offline');
    // Control: the network really is cut for the page (a request the service worker does
    // not answer fails, and the proxy refused it).
    const mark = browser.proxy.mark();
    const online = await page.evaluate(() => fetch('./not-cached-probe', { cache: 'no-store' }).then(() => true, () => false));
    assert.equal(online, false, 'offline: a request the service worker does not answer fails');
    assert.ok(browser.proxy.since(mark).includes(`GET ${server.url}not-cached-probe`), 'the proxy saw and refused it');
    assert.deepEqual(server.requests.slice(served), [], 'offline: nothing reached the server');
  } finally {
    await browser.close();
    await server.close();
  }
});

test(named('a new release replaces the cached one and deletes its cache'), async () => {
  assertBuilt();
  let release = 1;
  const old = swVersion();
  // Release 2 = the same files with a marker in the page and a new version in sw.js.
  const server = await serveApp({
    basePath: BASE,
    transform: (path, body) => {
      if (release === 1) return body;
      if (path === 'sw.js') return body.toString().replace(`"version":"${old}"`, '"version":"release-2"');
      if (path === 'index.html') return body.toString().replace('</head>', '<meta name="kenshin-test-release" content="2"></head>');
      return body;
    },
  });
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.waitForSelector('[data-verdict]', { timeout: 15000 });
    await serviceWorkerReady(page);
    release = 2;
    const marker = () => page.evaluate(() => document.querySelector('meta[name=kenshin-test-release]')?.content ?? null);
    // The reload is answered from the old cache; the browser checks sw.js a few seconds
    // after the navigation, the new worker installs, takes over and deletes the old
    // cache; the next load is release 2.
    await page.reload();
    await page.waitForSelector('[data-verdict]', { timeout: 15000 });
    assert.equal(await marker(), null, 'the reload is still release 1 (from the old cache)');
    assert.ok(await until(async () => (await cacheNames(page)).includes(`kenshin-check:${BASE}:release-2`), 30000), 'the new release was installed');
    assert.ok(await until(async () => (await cacheNames(page)).length === 1, 10000), 'the old cache was deleted');
    assert.deepEqual(await cacheNames(page), [`kenshin-check:${BASE}:release-2`], 'only the new release is cached');
    await page.reload();
    await page.waitForSelector('[data-verdict]', { timeout: 15000 });
    assert.equal(await marker(), '2', 'release 2 is served');
    await page.fill('#systolic_bp', '185');
    assert.equal(await verdict(page), 'see-doctor-first');
    assert.deepEqual(page.errors, []);
  } finally {
    await browser.close();
    await server.close();
  }
});
