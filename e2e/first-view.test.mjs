// Before the wasm arrives (docs/product.md, "First view"): the checker, rendered at
// build time, is there to read and type into; when the app starts it takes over what
// was typed, where the participant was, with nothing lost and nothing moving. Where
// the first view is not what this page would show (another language, an edited
// setting, values kept on the device) the loading line shows instead, in the page's
// language only. In this run's engine (E2E_ENGINE).
//
// The app is held back in the page, not at the server: an init script makes
// WebAssembly's compile wait until the test releases it, so the page itself loads
// (WebKitWebDriver does not reliably answer while a page is still loading).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { ENGINE, launch, named, verdict } from './engines/index.mjs';
import { assertBuilt, pageQuiet, pageRequests, requestsBefore, serveApp } from './hosting.mjs';
import { openPage } from './fixtures.mjs';

const HOLD_APP = `{
  let release;
  const held = new Promise((resolve) => (release = resolve));
  window.e2eReleaseApp = () => release();
  for (const name of ['compileStreaming', 'compile']) {
    const original = WebAssembly[name];
    WebAssembly[name] = (...args) => {
      window.e2eAppHeld = true; // the loader has done all it does before the app runs
      return held.then(() => original.apply(WebAssembly, args));
    };
  }
}`;
const JAPANESE = /[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]/;

let server;
let held;

before(async () => {
  assertBuilt();
  server = await serveApp();
  held = await launch({ initScripts: [HOLD_APP] });
  await mkdir('target/screenshots', { recursive: true });
});
after(async () => {
  await held?.close();
  await server?.close();
});

/** Opens `url` with the app held back; the page has loaded. */
const openHeld = (url = server.url) => openPage(held, url);

const release = (page) => page.evaluate(() => window.e2eReleaseApp());

/** What shows before the app runs. */
const shownBefore = (page) => page.evaluate(() => {
  const visible = (e) => Boolean(e && e.getClientRects().length > 0);
  return {
    lang: document.documentElement.lang,
    firstView: visible(document.querySelector('#first-view .app')),
    loading: visible(document.getElementById('loading')),
    app: Boolean(document.querySelector('[data-verdict]')),
    text: document.body.innerText,
    bar: document.querySelector('.verdict-bar')?.innerText ?? null,
  };
});

/** Where every element of the header and the form is, in document order (the verdict
 * bar's words differ: the bar itself is compared). */
const layout = (page) => page.evaluate(() => [...document.querySelectorAll('.app-header *, .page-nav *, main .lead, form.checker, form.checker *:not(.verdict-bar *)')]
  .map((e) => {
    const r = e.getBoundingClientRect();
    return `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''} ${Math.round(r.x + scrollX)},${Math.round(r.y + scrollY)} ${Math.round(r.width)}×${Math.round(r.height)}`;
  }));

// First, while no service worker of the page answers for the network.

test(named('the first view asks for nothing: every request of the load is to the page\'s own origin, none after'), async () => {
  const mark = held.proxy.since(0).length;
  const page = await openHeld();
  await page.fill('#systolic_bp', '120');
  const loaded = pageRequests(held.proxy, mark);
  assert.ok(loaded.length > 0, 'the proxy saw the page load');
  for (const request of loaded) assert.ok(request.startsWith(`GET ${server.url}`), `a request to the page's own origin: ${request}`);
  await pageQuiet(held.proxy);
  const shownAt = held.proxy.since(0).length;
  await page.fill('#age', '50');
  assert.deepEqual(await requestsBefore(page, held.proxy, shownAt), [], 'typing into the first view asks for nothing');
  await page.close();
});

test(named('before the wasm arrives the checker can be read and typed into; the app takes over the values, the focus and the caret'), async () => {
  const page = await openHeld();
  const seen = await shownBefore(page);
  assert.equal(seen.lang, 'ja');
  assert.equal(seen.firstView, true, 'the first view shows');
  assert.equal(seen.loading, false, 'no loading line over it');
  assert.equal(seen.app, false, 'the app is held back');
  assert.match(seen.bar, /判定の準備中です/, 'the verdict bar says the check is getting ready, not a verdict');
  await page.screenshot({ path: `target/screenshots/${ENGINE}-first-view-ja.png` });

  await page.fill('#age', '５５');
  await page.check('input[name=sex][value=male]');
  await page.fill('#systolic_bp', '185');
  await page.fill('#hba1c', '6.0');
  // Before the app, the loader is the page's only code, and it waits at the compile: once it is
  // there and two frames have been drawn since the last key, whatever the typing would show is shown.
  await page.waitForFunction(() => window.e2eAppHeld);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  assert.equal(await page.count('[data-verdict]'), 0, 'nothing is decided before the app runs, whatever is typed');
  assert.match(await page.textContent('#result'), /判定の準備中です/);
  // The participant is in the systolic field, the caret after its first digit.
  await page.evaluate(() => {
    const field = document.getElementById('systolic_bp');
    field.focus();
    field.setSelectionRange(1, 1);
  });

  await release(page);
  await page.waitForSelector('[data-verdict]');
  assert.equal(await page.inputValue('#age'), '５５');
  assert.equal(await page.isChecked('input[name=sex][value=male]'), true);
  assert.equal(await page.inputValue('#systolic_bp'), '185');
  assert.equal(await page.inputValue('#hba1c'), '6.0');
  assert.equal(await verdict(page), 'see-doctor-first', 'the verdict is decided from what was typed before the app ran');
  const where = await page.evaluate(() => ({ id: document.activeElement?.id, start: document.activeElement?.selectionStart, end: document.activeElement?.selectionEnd }));
  assert.deepEqual(where, { id: 'systolic_bp', start: 1, end: 1 }, 'the focus and the caret are where they were');
  assert.equal(await page.count('#first-view'), 0, 'the first view is gone: the app is the page');
  assert.deepEqual(page.errors, []);
  await page.close();
});

test(named('typing continuously across the takeover loses no keystroke and keeps the caret at the end'), async () => {
  const page = await openHeld();
  const field = page.locator('#systolic_bp');
  await field.type('1');
  let typed = '1';
  let before = 0;
  await release(page);
  for (let after = 0; after < 3; ) {
    const digit = String(typed.length % 10);
    await field.type(digit);
    typed += digit;
    if (await page.count('[data-verdict]')) {
      if (after === 0) {
        before = typed.length;
        const where = await page.evaluate(() => ({ id: document.activeElement?.id, start: document.activeElement?.selectionStart }));
        assert.deepEqual(where, { id: 'systolic_bp', start: await page.evaluate(() => document.activeElement.value.length) }, 'the caret stays at the end');
      }
      after += 1;
    }
    assert.ok(typed.length < 200, 'the app started');
  }
  assert.ok(before >= 2, `keys were typed before the app ran (${before})`);
  assert.equal(await page.inputValue('#systolic_bp'), typed, 'every key typed before, during and after the takeover is in the field');
  await page.close();
});

test(named('the takeover moves nothing: the same boxes before and after, no layout shift'), async () => {
  const page = await openHeld();
  await page.evaluate(() => {
    window.e2eShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.e2eShift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  }).catch(() => {}); // 'layout-shift' is Chromium's; the boxes below are every engine's evidence
  const first = await layout(page);
  const bar = await page.evaluate(() => JSON.stringify(document.querySelector('.verdict-bar').getBoundingClientRect()));
  assert.ok(first.length > 50, `the first view has its header and form (${first.length} elements)`);
  await release(page);
  await page.waitForSelector('[data-verdict]');
  await page.settle();
  assert.deepEqual(await layout(page), first, 'every element of the header and the form is where it was');
  assert.equal(await page.evaluate(() => JSON.stringify(document.querySelector('.verdict-bar').getBoundingClientRect())), bar, 'the verdict bar did not move or resize');
  if (ENGINE === 'chromium') assert.equal(await page.evaluate(() => window.e2eShift), 0, 'cumulative layout shift');
  await page.close();
});

test(named('?lang=en shows no Japanese before the app: the English loading line, then the English app'), async () => {
  const page = await openHeld(`${server.url}?lang=en`);
  const seen = await shownBefore(page);
  assert.equal(seen.lang, 'en');
  assert.equal(seen.firstView, false, 'the first view is Japanese: not shown');
  assert.equal(seen.loading, true);
  assert.doesNotMatch(seen.text, JAPANESE, `no Japanese on screen: ${seen.text}`);
  assert.match(seen.text, /Loading…/);
  await page.screenshot({ path: `target/screenshots/${ENGINE}-first-view-en-loading.png` });
  await release(page);
  await page.waitForSelector('[data-verdict]');
  assert.match(await page.textContent('h1'), /Checkup/);
  await page.close();
});

test(named('the operator\'s default-lang of en, an edited insurer name or accent colour: no first view built with other settings'), async () => {
  const edited = (name, value) => serveApp({ settings: { [name]: value } });
  const english = await edited('default-lang', 'en');
  const insurer = await edited('insurer-name', 'みなと健康保険組合');
  const accent = await edited('accent-colour', '#7a1f5c');
  try {
    let page = await openHeld(english.url);
    let seen = await shownBefore(page);
    assert.deepEqual([seen.lang, seen.firstView, seen.loading], ['en', false, true]);
    assert.doesNotMatch(seen.text, JAPANESE, `no Japanese on screen: ${seen.text}`);
    await page.close();

    page = await openHeld(insurer.url);
    seen = await shownBefore(page);
    assert.deepEqual([seen.lang, seen.firstView, seen.loading], ['ja', false, true], 'no first view without the insurer\'s name');
    await release(page);
    await page.waitForSelector('[data-verdict]');
    assert.match(await page.textContent('.insurer'), /みなと健康保険組合/);
    await page.close();

    page = await openHeld(accent.url);
    seen = await shownBefore(page);
    assert.deepEqual([seen.firstView, seen.loading], [false, true], 'no first view in the colour it was built with');
    await page.close();
  } finally {
    await Promise.all([english, insurer, accent].map((s) => s.close()));
  }
});

test(named('values kept on the device: no empty first view, the app shows them'), async () => {
  let page = await openHeld();
  await release(page);
  await page.waitForSelector('[data-verdict]');
  await page.fill('#systolic_bp', '150');
  await page.check('#keep_values');
  await page.close();
  page = await openHeld();
  const seen = await shownBefore(page);
  assert.deepEqual([seen.firstView, seen.loading], [false, true], 'an empty form would say the kept values are gone');
  await release(page);
  await page.waitForSelector('[data-verdict]');
  assert.equal(await page.inputValue('#systolic_bp'), '150');
  assert.equal(await page.isChecked('#keep_values'), true);
  await page.click('[data-action=erase-saved]');
  await page.close();
});
