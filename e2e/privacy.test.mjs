// The privacy promise (SPEC §3, issue 5), proved: every request the browser makes
// is recorded (Playwright's request events for the page and its service worker,
// CDP Network.requestWillBeSent on the page target and on every target CDP
// auto-attaches to from it, and the server's own log). After load and service
// worker activation, while a participant types in every field, switches
// language, prints and opens the guide: zero requests. And nothing is stored:
// no cookies, localStorage, sessionStorage or IndexedDB, unless "keep" is ticked.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { launch, verdict } from './browser.mjs';
import { DIST, assertBuilt, listRequests, recordRequests, serveApp, serviceWorkerReady } from './hosting.mjs';

const STORAGE_KEY = 'kenshin-check:v1';
let server;

before(async () => {
  assertBuilt();
  server = await serveApp();
});
after(async () => {
  await server?.close();
});

/** A fresh browser, the app loaded, its service worker active, the network quiet. */
async function loaded() {
  const context = await launch();
  const page = context.pages()[0];
  const requests = await recordRequests(context, page);
  await page.goto(server.url);
  await page.waitForSelector('[data-verdict]', { timeout: 15000 });
  await serviceWorkerReady(page);
  await requests.settle();
  return { context, page, requests, served: server.requests.length };
}

/** What the browser stores for the app's origin (the service worker's cache apart). */
async function stored(context, page) {
  const inPage = await page.evaluate(async () => ({
    localStorage: Object.keys(localStorage),
    sessionStorage: Object.keys(sessionStorage),
    indexedDB: (await indexedDB.databases()).map((db) => db.name),
  }));
  return { cookies: (await context.cookies()).map((c) => c.name), ...inPage };
}

/** Types into every field of the checker: all text inputs, every radio, the date. */
async function fillEverything(page) {
  const texts = await page.$$eval('input[type=text]', (els) => els.map((el) => el.id));
  assert.ok(texts.length >= 10, `the checker's text fields (found ${texts.length})`);
  await page.fill('#systolic_bp', '185');
  assert.equal(await verdict(page), 'see-doctor-first');
  for (const [i, id] of texts.entries()) if (id !== 'systolic_bp') await page.fill(`#${id}`, String(60 + i));
  const radios = await page.$$eval('input[type=radio]', (els) => els.map((el) => `input[name="${el.name}"][value="${el.value}"]`));
  assert.ok(radios.length >= 2, 'the checker has radio buttons');
  for (const selector of radios) await page.check(selector);
  await page.fill('input[type=date]', '2025-06-01');
  return texts;
}

test('after load: typing in every field, switching language, printing and opening the guide make zero requests and store nothing', async () => {
  const { context, page, requests, served } = await loaded();
  try {
    const attachedNote = requests.autoAttach();
    const mark = requests.mark();

    const fields = await fillEverything(page);

    await page.click('.lang-toggle');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    for (const id of fields.slice(0, 3)) await page.fill(`#${id}`, '99');
    await page.click('.lang-toggle');
    await page.waitForFunction(() => document.documentElement.lang === 'ja');

    // Printing: the print style sheet, then the print button with window.print replaced
    // after load (through CDP, so the page as loaded is untouched).
    await page.emulateMedia({ media: 'print' });
    await page.waitForTimeout(200);
    await page.emulateMedia({ media: 'screen' });
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
    await page.waitForTimeout(300);
    await page.click('[data-nav=checker]');
    await page.waitForSelector('[data-verdict]');

    await page.waitForTimeout(1000);
    const made = requests.since(mark);
    assert.deepEqual(made, [], `requests after load (auto-attach ${attachedNote}):\n  ${listRequests(made)}`);
    assert.deepEqual(server.requests.slice(served), [], 'nothing reached the server after load');
    assert.ok(requests.log.some((r) => r.source === 'playwright:service-worker' || r.source === 'cdp:attached'),
      "the recorder saw the service worker's own requests (its precache), so it would see later ones");

    assert.deepEqual(await stored(context, page), { cookies: [], localStorage: [], sessionStorage: [], indexedDB: [] });
    // The service worker's cache holds the app's files only, nothing typed.
    const cached = await page.evaluate(async () => {
      const out = [];
      for (const name of await caches.keys()) for (const r of await (await caches.open(name)).keys()) out.push(r.url);
      return out;
    });
    const files = new Set(['', ...readdirSync(DIST)]);
    const strays = cached.filter((url) => !url.startsWith(server.url) || !files.has(url.slice(server.url.length)));
    assert.deepEqual(strays, [], 'only built files are cached');
    assert.ok(!cached.some((url) => url.includes('?')), 'no cached URL carries a query');

    // Control: a request made now is seen by the page-level recorders.
    const probe = requests.mark();
    await page.evaluate(() => fetch('./?probe').then((r) => r.text()));
    await page.waitForTimeout(300);
    const sources = new Set(requests.since(probe).filter((r) => r.url.endsWith('?probe')).map((r) => r.source));
    assert.ok(sources.has('cdp:page') && sources.has('playwright:page'), `the recorder sees a probe request (seen by: ${[...sources]})`);
  } finally {
    await context.close();
  }
});

test('"keep my values on this device": stored only while ticked, erased when unticked or by the erase button, still zero requests', async (t) => {
  const { context, page, requests, served } = await loaded();
  try {
    if ((await page.locator('#keep_values').count()) === 0) {
      t.skip('#keep_values is not in this build yet (the lead\'s part of issue 5)');
      return;
    }
    const saved = () => page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
    const none = (mark, what) => {
      const made = requests.since(mark);
      assert.deepEqual(made, [], `requests while ${what}:\n  ${listRequests(made)}`);
    };

    let mark = requests.mark();
    await page.fill('#systolic_bp', '185');
    assert.equal(await saved(), null, 'nothing is stored before "keep" is ticked');
    await page.check('#keep_values');
    await page.fill('#diastolic_bp', '95');
    await page.waitForTimeout(200);
    assert.match(await saved() ?? '', /185/, `ticked: the values are in localStorage["${STORAGE_KEY}"]`);
    assert.deepEqual(await stored(context, page), { cookies: [], localStorage: [STORAGE_KEY], sessionStorage: [], indexedDB: [] }, 'one localStorage key, nothing else');
    none(mark, 'typing and ticking "keep"');
    assert.deepEqual(server.requests.slice(served), [], 'nothing reached the server');

    // A reload loads the page again (from the service worker) and brings the kept values back.
    await page.reload();
    await page.waitForSelector('[data-verdict]');
    await requests.settle(500);
    assert.equal(await page.inputValue('#systolic_bp'), '185', 'kept values come back after a reload');
    assert.equal(await page.isChecked('#keep_values'), true);

    mark = requests.mark();
    await page.uncheck('#keep_values');
    await page.waitForTimeout(200);
    assert.equal(await saved(), null, 'unticking erases them');
    await page.check('#keep_values');
    await page.fill('#glucose', '99');
    await page.waitForTimeout(200);
    assert.match(await saved() ?? '', /99/);
    const erase = page.locator('[data-action="erase-saved"]');
    assert.ok(await erase.isVisible(), 'a visible control erases the saved values');
    await erase.click();
    await page.waitForTimeout(200);
    assert.equal(await saved(), null, 'the erase button erases them');
    assert.deepEqual(await stored(context, page), { cookies: [], localStorage: [], sessionStorage: [], indexedDB: [] });
    none(mark, 'unticking, ticking and erasing');

    await page.reload();
    await page.waitForSelector('[data-verdict]');
    assert.equal(await page.inputValue('#systolic_bp'), '', 'after erasing, a reload starts empty');
  } finally {
    await context.close();
  }
});
