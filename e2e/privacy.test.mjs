// The privacy promise (docs/product.md, "Privacy rules"), proved in every engine: every request the
// browser makes (page, frames, service worker) goes through this launch's recording
// proxy (e2e/engines/proxy.mjs), and the server keeps its own log. After load and
// service worker activation, while a participant types in every field, switches
// language, prints and opens the guide: zero requests. And nothing is stored: no
// cookies, localStorage, sessionStorage or IndexedDB, unless "keep" is ticked.
// In Chromium, a CDP recorder (hosting.mjs recordRequests) is extra evidence: it also
// sees requests the service worker answers from its cache.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { ENGINE, named, verdict } from './engines/index.mjs';
import { DIST, listRequests, pageQuiet, pageRequests } from './hosting.mjs';
import { openFoldOf, openInstalled, serveForFile } from './fixtures.mjs';

const STORAGE_KEY = 'kenshin-check:v1';
const server = serveForFile();

/** A fresh browser, the app loaded, its service worker active, the network quiet. */
async function loaded() {
  const opened = await openInstalled(server.url);
  return { ...opened, served: server.requests.length };
}

/** What the browser stores for the app's origin (the service worker's cache apart), as the page sees it. */
async function stored(browser, page) {
  const inPage = await page.evaluate(async () => ({
    cookies: document.cookie ? document.cookie.split(/;\s*/).map((c) => c.split('=')[0]) : [],
    localStorage: Object.keys(localStorage),
    sessionStorage: Object.keys(sessionStorage),
    indexedDB: typeof indexedDB.databases === 'function' ? (await indexedDB.databases()).map((db) => db.name) : 'indexedDB.databases() is missing',
  }));
  if (ENGINE === 'chromium') {
    // Extra evidence: the browser's cookie jar, HttpOnly cookies included.
    const jar = (await browser.backend.playwright.context.cookies()).map((c) => c.name);
    assert.deepEqual(jar, inPage.cookies, 'the cookie jar holds what document.cookie shows');
  }
  return inPage;
}

/** Waits up to 5 s for `fn(arg)` in the page to be truthy; returns its last value (no throw). */
async function eventually(page, fn, arg, timeout = 5000) {
  try {
    return await page.waitForFunction(fn, arg, { timeout });
  } catch {
    return page.evaluate(fn, arg);
  }
}

/**
 * Reloads the page. Every engine then checks for a new service worker (a GET of sw.js,
 * one to two seconds after the navigation): waits for that check, and asserts the reload
 * made no other request (the page itself comes from the service worker's cache).
 */
async function reload(page, proxy) {
  const mark = proxy.mark();
  await page.reload();
  await page.waitForSelector('[data-verdict]');
  const check = `GET ${server.url}sw.js`;
  const end = Date.now() + 10000;
  while (!pageRequests(proxy, mark).includes(check) && Date.now() < end) await new Promise((r) => setTimeout(r, 100));
  await pageQuiet(proxy, 300);
  assert.deepEqual(pageRequests(proxy, mark), [check], 'a reload: only the browser\'s update check of the service worker');
}

const saved = (page) => page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);

/**
 * Types into every field of the checker: all text inputs, every radio, the date. A field in a
 * folded part (the national bands) is typed into as a participant does: the part opened first.
 */
async function fillEverything(page) {
  const texts = await page.$$eval('input[type=text]', (els) => els.map((el) => el.id));
  assert.ok(texts.length >= 10, `the checker's text fields (found ${texts.length})`);
  await page.fill('#systolic_bp', '185');
  assert.equal(await verdict(page), 'see-doctor-first');
  for (const [i, id] of texts.entries()) {
    if (id === 'systolic_bp') continue;
    await openFoldOf(page, id);
    await page.fill(`#${id}`, String(60 + i));
  }
  const radios = await page.$$eval('input[type=radio]', (els) => els.map((el) => [el.name, `input[name="${el.name}"][value="${el.value}"]`]));
  assert.ok(radios.length >= 2, 'the checker has radio buttons');
  for (const [name, selector] of radios) {
    await openFoldOf(page, name);
    await page.check(selector);
  }
  await page.fill('input[type=date]', '2025-06-01');
  return texts;
}

test(named('after load: typing in every field, switching language, printing and opening the guide make zero requests and store nothing'), async () => {
  const { browser, page, cdp, served } = await loaded();
  try {
    const { proxy } = browser;
    // The service worker's precache went through the proxy: the page's document is fetched
    // twice, once by the navigation and once by the worker (cache: 'no-cache').
    const loads = pageRequests(proxy).filter((r) => r === `GET ${server.url}`);
    assert.equal(loads.length, 2, `the proxy saw the service worker's precache of the page:\n  ${pageRequests(proxy).join('\n  ')}`);
    const mark = proxy.mark();
    const cdpMark = cdp?.mark();

    const fields = await fillEverything(page);

    await page.click('.lang-toggle');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    for (const id of fields.slice(0, 3)) await page.fill(`#${id}`, '99');
    await page.click('.lang-toggle');
    await page.waitForFunction(() => document.documentElement.lang === 'ja');

    // Printing: the print style sheet, then the print button with window.print replaced
    // after load (from the test, so the page as loaded is untouched).
    await page.emulateMedia({ media: 'print' });
    assert.ok(await page.isVisible('.print-summary'), 'the print style sheet is applied (the printed summary shows)');
    await page.emulateMedia({ media: 'screen' });
    assert.equal(await page.isVisible('.print-summary'), false, 'back on screen');
    await page.evaluate(() => {
      window.__printed = 0;
      window.print = () => { window.__printed += 1; };
    });
    const print = page.locator('button.print, [data-action=print]').first();
    assert.ok(await print.count(), 'a print button (button.print or [data-action=print])');
    await print.click();
    assert.equal(await page.evaluate(() => window.__printed), 1, 'the print button calls window.print');

    await page.click('[data-nav=guide]');
    await page.waitForSelector('[data-nav=guide][aria-current=page]');
    await pageQuiet(proxy, 300);
    await page.click('[data-nav=checker]');
    await page.waitForSelector('[data-verdict]');

    // A second of quiet: anything the app sends late (a beacon, a timer) would show here.
    await pageQuiet(proxy, 1000);
    const made = pageRequests(proxy, mark);
    assert.deepEqual(made, [], `requests after load (${ENGINE}, through the proxy)`);
    assert.deepEqual(server.requests.slice(served), [], 'nothing reached the server after load');
    if (cdp) {
      await cdp.settle(300);
      const seen = cdp.since(cdpMark);
      assert.deepEqual(seen, [], `Chromium CDP: requests after load (auto-attach ${cdp.autoAttach()}), service-worker cache hits included:\n  ${listRequests(seen)}`);
    }
    assert.deepEqual(page.errors, [], 'no console errors');

    assert.deepEqual(await stored(browser, page), { cookies: [], localStorage: [], sessionStorage: [], indexedDB: [] });
    // The service worker's cache holds the app's files only, nothing typed.
    const cached = await page.evaluate(async () => {
      const out = [];
      for (const name of await caches.keys()) for (const r of await (await caches.open(name)).keys()) out.push(r.url);
      return out;
    });
    assert.ok(cached.length > 0, 'the service worker cached the release');
    const files = new Set(['', ...readdirSync(DIST)]);
    const strays = cached.filter((url) => !url.startsWith(server.url) || !files.has(url.slice(server.url.length)));
    assert.deepEqual(strays, [], 'only built files are cached');
    assert.ok(!cached.some((url) => url.includes('?')), 'no cached URL carries a query');

    // Control: a request the page makes now, and one the service worker machinery makes
    // (an update check of sw.js), are seen by the proxy and reach the server.
    const probe = proxy.mark();
    const probeServed = server.requests.length;
    await page.evaluate(() => fetch('./sw.js?probe', { cache: 'no-store' }).then((r) => r.text()));
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    await pageQuiet(proxy, 300);
    const probed = pageRequests(proxy, probe);
    assert.ok(probed.includes(`GET ${server.url}sw.js?probe`), `the proxy sees a fetch from the page: ${probed}`);
    assert.ok(probed.includes(`GET ${server.url}sw.js`), `the proxy sees the service worker's update check: ${probed}`);
    assert.ok(server.requests.slice(probeServed).includes('/sw.js?probe'), 'the server logs the probe');
    if (cdp) {
      await cdp.settle(300);
      const sources = new Set(cdp.log.filter((r) => r.url.endsWith('?probe')).map((r) => r.source));
      assert.ok(sources.has('cdp:page') && sources.has('playwright:page'), `Chromium CDP sees the probe request (seen by: ${[...sources]})`);
    }
  } finally {
    await browser.close();
  }
});

test(named('"keep my values on this device": stored only while ticked, erased when unticked or by the erase button, still zero requests'), async () => {
  const { browser, page, served } = await loaded();
  const { proxy } = browser;
  try {
    assert.equal(await page.count('#keep_values'), 1, 'the "keep my values" control (#keep_values) is on the page');
    const none = (mark, what) => assert.deepEqual(pageRequests(proxy, mark), [], `requests while ${what}`);

    let mark = proxy.mark();
    await page.fill('#systolic_bp', '185');
    assert.equal(await saved(page), null, 'nothing is stored before "keep" is ticked');
    await page.check('#keep_values');
    await page.fill('#diastolic_bp', '95');
    assert.match(await eventually(page, (key) => /95/.test(localStorage.getItem(key) ?? '') && localStorage.getItem(key), STORAGE_KEY) || '', /185/,
      `ticked: the values are in localStorage["${STORAGE_KEY}"]`);
    assert.deepEqual(await stored(browser, page), { cookies: [], localStorage: [STORAGE_KEY], sessionStorage: [], indexedDB: [] }, 'one localStorage key, nothing else');
    await pageQuiet(proxy, 500);
    none(mark, 'typing and ticking "keep"');
    assert.deepEqual(server.requests.slice(served), [], 'nothing reached the server');
    assert.deepEqual(page.errors, []);

    // A reload loads the page again (from the service worker) and brings the kept values back.
    await reload(page, proxy);
    assert.equal(await page.inputValue('#systolic_bp'), '185', 'kept values come back after a reload');
    assert.equal(await page.isChecked('#keep_values'), true);

    mark = proxy.mark();
    await page.uncheck('#keep_values');
    assert.equal(await eventually(page, (key) => localStorage.getItem(key) === null || localStorage.getItem(key), STORAGE_KEY), true, 'unticking erases them');
    await page.check('#keep_values');
    await page.fill('#glucose', '99');
    assert.match(await eventually(page, (key) => /99/.test(localStorage.getItem(key) ?? '') && localStorage.getItem(key), STORAGE_KEY) || '', /99/);
    const erase = page.locator('[data-action="erase-saved"]');
    assert.ok(await erase.isVisible(), 'a visible control erases the saved values');
    await erase.click();
    assert.equal(await eventually(page, (key) => localStorage.getItem(key) === null || localStorage.getItem(key), STORAGE_KEY), true, 'the erase button erases them');
    assert.deepEqual(await stored(browser, page), { cookies: [], localStorage: [], sessionStorage: [], indexedDB: [] });
    await pageQuiet(proxy, 500);
    none(mark, 'unticking, ticking and erasing');

    await reload(page, proxy);
    assert.equal(await page.inputValue('#systolic_bp'), '', 'after erasing, a reload starts empty');
    assert.deepEqual(page.errors, []);
  } finally {
    await browser.close();
  }
});
