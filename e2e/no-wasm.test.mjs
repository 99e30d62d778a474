// Where the app cannot run (docs/product.md, "Without WebAssembly"): iOS Lockdown
// Mode and some managed devices disable WebAssembly, and a download can fail. The
// page then says so in the page's language, keeps the ※1 criteria (the same rows
// the app shows, from the core) and the counsellor's number and Webex downloads.
// In this run's engine (E2E_ENGINE): WebAssembly removed before the page's own
// scripts, or the wasm download failing; in Chromium also with its JIT and
// WebAssembly switched off by a command-line flag, as a locked-down browser is.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { ENGINE, launch, named } from './engines/index.mjs';
import { assertBuilt, pageRequests, requestsBefore, serveApp } from './hosting.mjs';
import { openApp, openPage } from './fixtures.mjs';

const NO_WASM = 'delete globalThis.WebAssembly;';
let server;
let failing;
let edited;
let withoutWasm;
let browser;

before(async () => {
  assertBuilt();
  server = await serveApp();
  // The wasm is not there (a failed download: the loader gets a 404 page).
  failing = await serveApp({ transform: (path) => (/_bg\.wasm$/.test(path) ? Buffer.from('<h1>404</h1>') : undefined) });
  // The operator changed the counsellor's number after the build.
  edited = await serveApp({ settings: { 'counsellor-number': '03-1234-5678' } });
  withoutWasm = await launch({ initScripts: [NO_WASM] });
  browser = await launch();
  await mkdir('target/screenshots', { recursive: true });
});
after(async () => {
  await withoutWasm?.close();
  await browser?.close();
  await Promise.all([server, failing, edited].map((s) => s?.close()));
});

/** What the visible part of the no-WebAssembly page says and offers. */
const shown = (page) => page.evaluate(() => {
  const visible = (e) => e.getClientRects().length > 0;
  const section = document.querySelector('[data-no-wasm]');
  const block = [...(section?.querySelectorAll('[data-no-wasm-lang]') ?? [])].filter(visible);
  return {
    cannotRun: document.documentElement.hasAttribute('data-cannot-run'),
    lang: document.documentElement.lang,
    blocks: block.map((b) => b.dataset.noWasmLang),
    heading: block[0]?.querySelector('h1')?.textContent ?? null,
    alert: block[0]?.querySelector('[role=alert]')?.textContent ?? null,
    criteria: [...(block[0]?.querySelectorAll('.criteria-list li') ?? [])].map((li) => li.textContent),
    tel: [...(block[0]?.querySelectorAll('a[href^="tel:"]') ?? [])].map((a) => a.getAttribute('href')),
    webex: [...(block[0]?.querySelectorAll('a[data-store]') ?? [])].map((a) => ({ href: a.href, target: a.target, height: a.getBoundingClientRect().height })),
    loading: Boolean(document.getElementById('loading')),
    firstView: Boolean(document.getElementById('first-view')),
    app: Boolean(document.querySelector('[data-verdict]')),
  };
});

/** The criteria rows the running app shows in its precautions, in `lang`. */
async function appCriteria(lang) {
  const page = await openApp(browser, `${server.url}?lang=${lang}`);
  // Folded: the participant opens them.
  await page.click('.precautions summary');
  await page.waitForSelector('.precautions .criteria-list li');
  const rows = await page.$$eval('.precautions .criteria-list li', (items) => items.map((li) => li.textContent));
  await page.close();
  return rows;
}

/** Opens `url` where WebAssembly is missing, until the page for that shows. */
const openWithout = (url) => openPage(withoutWasm, url, '[data-no-wasm]:not([hidden])');

for (const lang of ['ja', 'en']) {
  test(named(`without WebAssembly the page says so in words and keeps the criteria, the number and the downloads (${lang})`), async () => {
    const expected = await appCriteria(lang);
    assert.ok(expected.length >= 8, `the app shows the criteria: ${expected.length}`);
    const mark = withoutWasm.proxy.since(0).length;
    const page = await openWithout(`${server.url}?lang=${lang}`);
    const seen = await shown(page);
    assert.equal(seen.cannotRun, true);
    assert.equal(seen.lang, lang);
    assert.deepEqual(seen.blocks, [lang], 'one language shows, the page\'s');
    assert.match(seen.heading, lang === 'ja' ? /実行できません/ : /cannot run/);
    assert.match(seen.alert, /WebAssembly/);
    assert.deepEqual(seen.criteria, expected, 'the same ※1 rows as the app, from the core');
    assert.deepEqual(seen.tel, ['tel:0120559870']);
    assert.equal(seen.webex.length, 3);
    for (const link of seen.webex) {
      assert.match(link.href, /^https:\/\//);
      assert.equal(link.target, '_blank');
      assert.ok(link.height >= 44, `a 44 px touch target: ${link.height}`);
    }
    assert.equal(seen.loading, false, 'the loading line goes');
    assert.equal(seen.firstView, false, 'the first view goes: a form that could never decide');
    assert.equal(seen.app, false);
    // Only the page's own files, from its own origin; once it shows, nothing more.
    const loaded = pageRequests(withoutWasm.proxy, mark);
    assert.ok(loaded.length > 0, 'the proxy saw the page load');
    for (const request of loaded) assert.ok(request.startsWith(`GET ${server.url}`), `a request to the page's own origin: ${request}`);
    const shownAt = withoutWasm.proxy.since(0).length;
    // The loader has ended where WebAssembly is missing (it returns at once, before anything
    // it would fetch); once the page has loaded every file it names, no code of ours is left
    // to run, and a request made by then is seen before the barrier's.
    await page.waitForFunction(() => document.readyState === 'complete');
    assert.deepEqual(await requestsBefore(page, withoutWasm.proxy, shownAt), [], 'no request once the page shows');
    await page.screenshot({ path: `target/screenshots/${ENGINE}-no-wasm-${lang}.png`, fullPage: true });
    await page.close();
  });
}

test(named('the operator\'s default-lang of en shows the English page'), async () => {
  const english = await serveApp({ settings: { 'default-lang': 'en' } });
  try {
    const page = await openWithout(english.url);
    assert.deepEqual((await shown(page)).blocks, ['en']);
    await page.close();
  } finally {
    await english.close();
  }
});

test(named('a failed wasm download shows the same page'), async () => {
  const page = await openPage(browser, failing.url, '[data-no-wasm]:not([hidden])');
  const seen = await shown(page);
  assert.equal(seen.cannotRun, true);
  assert.deepEqual(seen.blocks, ['ja']);
  assert.ok(seen.criteria.length >= 8);
  await page.close();
});

test(named('settings edited after the build: no stale number, the criteria stay'), async () => {
  const page = await openWithout(edited.url);
  const seen = await shown(page);
  assert.deepEqual(seen.tel, [], 'the number built in is not the operator\'s any more: it goes');
  assert.ok(seen.criteria.length >= 8);
  await page.close();
});

test(named('Chromium with JIT and WebAssembly switched off (--js-flags=--jitless) shows the page'), { skip: ENGINE !== 'chromium' && 'a Chromium command-line flag' }, async () => {
  // Measured: --js-flags=--noexpose_wasm leaves WebAssembly defined in Chromium 156; --jitless
  // removes it, as iOS Lockdown Mode does in WebKit.
  const locked = await launch({ chromiumArgs: ['--js-flags=--jitless'] });
  try {
    const page = await locked.newPage();
    await page.goto(server.url);
    assert.equal(await page.evaluate(() => typeof WebAssembly), 'undefined');
    await page.waitForSelector('[data-no-wasm]:not([hidden])');
    const seen = await shown(page);
    assert.deepEqual(seen.blocks, ['ja']);
    assert.ok(seen.criteria.length >= 8);
    assert.deepEqual(page.errors, []);
  } finally {
    await locked.close();
  }
});
