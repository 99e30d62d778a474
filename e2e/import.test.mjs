// Values from a checkup file (docs/product.md, "Values from a checkup file"), as a
// participant uses it in this run's engine (E2E_ENGINE) at 390x844: the sample file picked
// through the real file input, the review, apply, discard and undo; a file that cannot be
// read; the portal handing the checkup over (the example portal on another loopback origin)
// and a stranger's frame that cannot. Every request the browser makes goes through the
// launch's recording proxy: after load, none, throughout.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { axeViolations, ENGINE, launch, named, SHOTS, verdict } from './engines/index.mjs';
import { startServer } from './server.mjs';
import { assertBuilt, pageQuiet, pageRequests, serveApp } from './hosting.mjs';
import { openApp } from './fixtures.mjs';

const EXAMPLES = new URL('../examples/', import.meta.url).pathname;
const SAMPLE = join(EXAMPLES, 'checkup-sample.xml');
const EXAMPLE_SRC = 'https://apps.example.jp/tools/kenshin/';

let app; // the app alone, and the app framed by the portal (the portal's origin allowed)
let portal; // examples/ on its own origin
let stranger; // a third origin: a sibling frame in the portal
let browser;
const files = mkdtempSync(join(tmpdir(), 'kenshin-import-'));

before(async () => {
  assertBuilt();
  mkdirSync(SHOTS, { recursive: true });
  const appUrl = { url: null };
  portal = await startServer({
    root: EXAMPLES,
    transform: (path, body) => (path === 'portal.html' ? body.toString().replaceAll(EXAMPLE_SRC, appUrl.url) : body),
  });
  app = await serveApp({ parents: [portal.origin] });
  appUrl.url = app.url;
  const strangerRoot = mkdtempSync(join(tmpdir(), 'kenshin-stranger-'));
  // A stranger's page framed beside the app: it hands the app a checkup, as a portal would.
  writeFileSync(join(strangerRoot, 'sibling.html'), `<!DOCTYPE html><title>stranger</title><script>
    parent.frames[0].postMessage({ type: 'kenshin-check:checkup', items: [{ code: '9A755000000000001', value: '250', unit: 'mmHg' }] }, '*');
  </script>`);
  stranger = await startServer({ root: strangerRoot });
  writeFileSync(join(files, 'h0000000001.zip'), Buffer.from('PK\x03\x04\x14\x00\x00\x00\x08\x00DATA/h0000000001.xml', 'latin1'));
  browser = await launch({ initScripts: [HOST_RECORDER] });
});
after(async () => {
  await browser?.close();
  for (const server of [app, portal, stranger]) await server?.close();
});

// The portal's top window records the messages it receives, from its first script on.
const HOST_RECORDER = `(${() => {
  if (window !== window.top) return;
  window.__messages = [];
  addEventListener('message', (e) => window.__messages.push({ origin: e.origin, data: e.data }));
}})();`;

/** The app at `lang`, loaded, and the proxy's mark after the load. */
async function open(lang) {
  const page = await openApp(browser, `${app.url}?lang=${lang}`);
  await pageQuiet(browser.proxy);
  return { page, mark: browser.proxy.mark() };
}

/**
 * No request since `mark` (with `origin`, to that origin), but the browser's own check
 * for a newer service worker (GET sw.js, a second or two after a navigation; it carries
 * nothing): the file is read on the device.
 */
async function noRequests(mark, origin = app.origin) {
  await pageQuiet(browser.proxy, 300);
  const made = pageRequests(browser.proxy, mark).filter((request) => request.split(' ')[1].startsWith(origin));
  assert.deepEqual(made.filter((request) => request !== `GET ${app.url}sw.js`), [], 'a request after load');
}

const value = (target, id) => target.inputValue(`#${id}`);

/**
 * Clicks `selector` in the app's frame, first scrolling the portal so that it is on the
 * screen, as the participant would: the portal sizes the frame to the app's full height,
 * so the frame never scrolls itself (and WebKit's driver does not scroll the portal for a
 * click inside a frame).
 */
async function clickInFrame(page, frame, selector) {
  const top = await frame.evaluate((s) => document.querySelector(s).getBoundingClientRect().top, selector);
  await page.evaluate((top) => scrollTo(0, document.getElementById('kenshin-check').getBoundingClientRect().top + scrollY + top - 200), top);
  await frame.click(selector);
}
const rows = (target) => target.evaluate(() => [...document.querySelectorAll('[data-import-item]')].map((row) => row.dataset.importItem));

for (const lang of ['ja', 'en']) {
  test(named(`the sample file, picked, reviewed and applied: the verdict follows; undo puts the form back (${lang})`), async () => {
    const { page, mark } = await open(lang);
    try {
      await page.fill('#egfr', '70');
      await page.fill('#systolic_bp', '150');
      await page.setInputFiles('#checkup_file', SAMPLE);
      await page.waitForSelector('[data-import-review]', { state: 'visible' });
      assert.deepEqual((await rows(page)).slice(0, 3), ['systolic_bp', 'diastolic_bp', 'glucose']);
      const systolic = await page.textContent('[data-import-item=systolic_bp]');
      assert.match(systolic, /186 mmHg/);
      assert.match(systolic, lang === 'ja' ? /1回目 188.*2回目 184/ : /1st reading 188.*2nd reading 184/);
      assert.equal(await value(page, 'systolic_bp'), '150', 'nothing changes before the participant applies');
      assert.deepEqual(await axeViolations(page), []);
      // The top of the review: its heading and the blood pressure read twice.
      await page.evaluate(() => document.querySelector('[data-import-review]').scrollIntoView({ block: 'start' }));
      await page.screenshot({ path: `${SHOTS}${ENGINE}-import-review-${lang}.png` });

      await page.click('[data-action=apply-import]');
      assert.equal(await verdict(page), 'see-doctor-first');
      assert.equal(await value(page, 'systolic_bp'), '186');
      assert.equal(await value(page, 'age'), '58');
      assert.equal(await value(page, 'egfr'), '70', 'not in the file: as typed');
      assert.equal(await page.getAttribute('#systolic_bp', 'data-imported'), 'true');
      assert.equal(await page.isChecked('input[name=sex][value=male]'), true);
      assert.ok(await page.count('[data-flag=systolic_bp]'));

      await page.click('.import .undo');
      assert.equal(await value(page, 'systolic_bp'), '150');
      assert.equal(await value(page, 'age'), '');
      assert.equal(await page.count('[data-imported]'), 0);
      await noRequests(mark);
      assert.deepEqual(page.errors, []);
    } finally {
      await page.close();
    }
  });

  test(named(`a zip instead of the file: a message in words, nothing changed; discarding a review changes nothing (${lang})`), async () => {
    const { page, mark } = await open(lang);
    try {
      await page.fill('#systolic_bp', '150');
      await page.setInputFiles('#checkup_file', join(files, 'h0000000001.zip'));
      await page.waitForSelector('[data-import-error]', { state: 'visible' });
      assert.match(await page.textContent('[data-import-error]'), lang === 'ja' ? /zip を開いて/ : /Open it and choose/);
      assert.equal(await value(page, 'systolic_bp'), '150');
      await page.locator('[data-import-error]').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}${ENGINE}-import-error-${lang}.png` });

      await page.setInputFiles('#checkup_file', SAMPLE);
      await page.waitForSelector('[data-import-review]', { state: 'visible' });
      assert.equal(await page.count('[data-import-error]'), 0, 'the review replaces the message');
      await page.click('[data-action=discard-import]');
      assert.equal(await page.count('[data-import-review]'), 0);
      assert.equal(await value(page, 'systolic_bp'), '150');
      assert.equal(await page.count('[data-imported]'), 0);
      await noRequests(mark);
    } finally {
      await page.close();
    }
  });
}

test(named('the portal hands the checkup over (the file, then its items); a stranger cannot: nothing shown, no reply'), async () => {
  const page = await browser.newPage();
  try {
    await page.goto(`${portal.url}portal.html`);
    const frame = await page.frame(app.origin);
    await frame.waitForSelector('[data-verdict]');
    // The app says it is ready: the example's button is enabled by that message.
    await page.waitForFunction((origin) => window.__messages.some((m) => m.origin === origin && m.data?.type === 'kenshin-check:ready'), app.origin);
    await pageQuiet(browser.proxy);
    const mark = browser.proxy.mark();
    const answers = () => page.evaluate((origin) => window.__messages.filter((m) => m.origin === origin && m.data?.type === 'kenshin-check:checkup-received').map((m) => m.data), app.origin);

    // The standard file, as a string.
    await page.evaluate(({ origin, document }) => window.document.getElementById('kenshin-check').contentWindow.postMessage({ type: 'kenshin-check:checkup', document }, origin), { origin: app.origin, document: readFileSync(SAMPLE, 'utf8') });
    await frame.waitForSelector('[data-import-review]', { state: 'visible' });
    await page.waitForFunction(() => document.getElementById('send-checkup') && window.__messages.some((m) => m.data?.type === 'kenshin-check:checkup-received'));
    assert.deepEqual(await answers(), [{ type: 'kenshin-check:checkup-received', read: 24, refused: 0 }], 'counts only, never a value');
    await clickInFrame(page, frame, '[data-action=apply-import]');
    assert.equal(await verdict(frame), 'see-doctor-first');
    assert.equal(await frame.inputValue('#diastolic_bp'), '104');

    // The example portal's button: the values a portal keeps, as item codes.
    await clickInFrame(page, frame, '.import .undo');
    await page.click('#send-checkup');
    await frame.waitForSelector('[data-import-review]', { state: 'visible' });
    await page.waitForFunction(() => document.getElementById('checkup-answer').value !== '');
    assert.equal(await page.textContent('#checkup-answer'), 'read 12, refused 0');
    await clickInFrame(page, frame, '[data-action=apply-import]');
    assert.equal(await frame.inputValue('#systolic_bp'), '186');
    assert.equal(await frame.getAttribute('#hba1c', 'data-imported'), 'true');

    // A stranger's frame beside the app hands it a checkup. A recorder in the app's frame,
    // added after the app's own listener, sees the message once the app has handled it.
    await frame.evaluate(() => {
      window.__seen = [];
      addEventListener('message', (e) => window.__seen.push(e.data?.type));
    });
    await page.evaluate((src) => {
      const sibling = document.createElement('iframe');
      sibling.src = src;
      document.body.append(sibling);
    }, `${stranger.url}sibling.html`);
    await frame.waitForFunction(() => window.__seen.includes('kenshin-check:checkup'));
    // The barrier: a request the app answers, sent after; an answer to the stranger would
    // have been posted before it (one sender, one receiver: messages keep their order).
    const before = (await answers()).length;
    const heights = await page.evaluate((origin) => window.__messages.filter((m) => m.origin === origin).length, app.origin);
    await page.evaluate((origin) => document.getElementById('kenshin-check').contentWindow.postMessage({ type: 'kenshin-check:measure' }, origin), app.origin);
    await page.waitForFunction(({ origin, heights }) => window.__messages.filter((m) => m.origin === origin).length > heights, { origin: app.origin, heights });
    assert.equal((await answers()).length, before, 'the app answered a stranger');
    assert.equal(await frame.count('[data-import-review]'), 0, "the stranger's checkup is shown");
    assert.equal(await frame.inputValue('#systolic_bp'), '186');
    // The stranger's own page is loaded from its origin; the app asks for nothing.
    await noRequests(mark);
  } finally {
    await page.close();
  }
});
