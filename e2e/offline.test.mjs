// Offline after the first visit (a participant may lose the connection before the interview), in every engine: the service worker
// precaches the release; with the network cut (the launch's proxy refuses every
// connection, like airplane mode), a reload still gives a working checker. A new
// release reaches a returning participant on that visit, by a notice whose button reloads
// into it with the values kept (never by itself); its cache replaces the old one's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ENGINE, SHOTS, named, verdict } from './engines/index.mjs';
import { assertBuilt, serveApp, swVersion } from './hosting.mjs';
import { openInstalled } from './fixtures.mjs';

const BASE = '/tools/kenshin/';
const cacheNames = (page) => page.evaluate(() => caches.keys());

/** Polls `check` (async) until true or `timeout` ms: the positive condition, every 50 ms (as page.mjs's waits). */
async function until(check, timeout) {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}

test(named('after one visit, with the network disabled, a reload gives a working checker'), async () => {
  assertBuilt();
  const server = await serveApp({ basePath: BASE });
  const { browser, page } = await openInstalled(server.url);
  try {
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

/** A server of the build whose `release()` can be switched to release 2: the same files with
 * a marker in the page and a new version in sw.js (a deploy). */
async function releases() {
  const old = swVersion();
  const state = { release: 1 };
  const server = await serveApp({
    basePath: BASE,
    transform: (path, body) => {
      if (state.release === 1) return body;
      if (path === 'sw.js') return body.toString().replace(old, 'release-2');
      if (path === 'index.html') return body.toString().replace('</head>', '<meta name="kenshin-test-release" content="2"></head>');
      return body;
    },
  });
  return { server, deploy: () => (state.release = 2) };
}

/** Runs `visit(page)` on a participant's return after a deploy: their first visit (release 1
 * installs for offline use), the deploy, and the next visit, answered from the old cache. */
async function afterDeploy(visit) {
  assertBuilt();
  const { server, deploy } = await releases();
  const { browser, page } = await openInstalled(server.url);
  try {
    deploy();
    await page.reload();
    await visit(page);
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Which release the page shows ('2', or null for release 1); null while it reloads. */
const shownRelease = (page) => page.evaluate(() => document.querySelector('meta[name=kenshin-test-release]')?.content ?? null).catch(() => null);

// The browser checks sw.js, the new release installs and waits; the page says so, and its
// button switches to it.
test(named('a returning participant is told on that visit that a newer version is ready; its button shows it, and its cache replaces the old'), () => afterDeploy(async (page) => {
  await page.waitForSelector('[data-update-ready]', { timeout: 30000 });
  assert.equal(await shownRelease(page), null, 'release 1 until the participant taps');
  await page.click('[data-action="load-update"]');
  assert.ok(await until(async () => (await shownRelease(page)) === '2', 15000), 'release 2 is shown on the first visit after the deploy');
  await page.waitForSelector('[data-verdict]', { timeout: 15000 });
  assert.ok(await until(async () => (await cacheNames(page)).length === 1, 10000), 'the old cache was deleted');
  assert.deepEqual(await cacheNames(page), [`kenshin-check:${BASE}:release-2`], 'only the new release is cached');
  await page.fill('#systolic_bp', '185');
  assert.equal(await verdict(page), 'see-doctor-first');
  assert.deepEqual(page.errors, []);
}));

test(named('with values typed, a notice offers the new release and never reloads by itself; its button loads it with the values kept'), () => afterDeploy(async (page) => {
  await page.waitForSelector('[data-verdict]', { timeout: 15000 });
  await page.fill('#systolic_bp', '186');
  await page.fill('#age', '58');
  await page.waitForSelector('[data-update-ready]', { timeout: 30000 });
  assert.equal(await shownRelease(page), null, 'still release 1: nothing reloads while the participant types');
  assert.equal(await page.inputValue('#systolic_bp'), '186');
  for (const lang of ['ja', 'en']) {
    if (await page.evaluate(() => document.documentElement.lang) !== lang) await page.click('.lang-toggle');
    await page.waitForFunction((code) => document.documentElement.lang === code, lang);
    await page.screenshot({ path: `${SHOTS}${ENGINE}-update-ready-${lang}.png` });
  }
  await page.click('[data-action="load-update"]');
  assert.ok(await until(async () => (await shownRelease(page)) === '2', 15000), 'the button loads release 2');
  await page.waitForSelector('[data-verdict="see-doctor-first"]', { timeout: 15000 });
  assert.equal(await page.inputValue('#systolic_bp'), '186', 'what was typed is kept');
  assert.equal(await page.inputValue('#age'), '58');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en', 'and the language');
  assert.equal(await page.evaluate(() => history.state), null, 'the history entry holds nothing after the takeover');
  assert.equal(await page.count('[data-update-ready]'), 0);
  assert.deepEqual(page.errors, []);
}));
