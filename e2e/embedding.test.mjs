// Embedded in an insurer's portal (hosting/README.md): the example host page
// (examples/portal.html) on one loopback origin frames the app served from
// another, with the real headers. The iframe takes the app's content height; the
// app posts nothing but {type, height}, only to allowed parents; a
// kenshin-check:measure from an origin that is not allowed is ignored; an origin
// that is not allowed cannot frame the app at all (frame-ancestors). In this run's
// engine (E2E_ENGINE).
//
// Which path of src/embedding.rs each engine exercises: Chromium and WebKit have
// location.ancestorOrigins, so the app addresses its parent's origin only, and posts
// nothing at all to a parent that is not allowed. Firefox has none: there the app's
// fallback posts to each allowed origin as targetOrigin, and it is the browser's
// targetOrigin check that delivers to the portal and drops what would go to a stranger.
// Each test checks (`'ancestorOrigins' in location`, in the app frame) which path it is on.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ENGINE, launch, named } from './engines/index.mjs';
import { startServer } from './server.mjs';
import { assertBuilt, serveApp } from './hosting.mjs';
import { openPage } from './fixtures.mjs';

const EXAMPLES = new URL('../examples/', import.meta.url).pathname;
const EXAMPLE_SRC = 'https://apps.example.jp/tools/kenshin/';
const LEAD = "is the app's postMessage reporting (src/embedding.rs) in this build?";

let portal; // the insurer's portal: examples/ on its own origin
let app; // the app; allowed parent: the portal
let stranger; // a third origin, not allowed
let strangerApp; // the app with a header that lets the stranger frame it, settings that do not
let browser;
const strangerTarget = { url: null };

before(async () => {
  assertBuilt();
  const appUrl = { url: null };
  const portalSrc = (target) => (path, body) =>
    path === 'portal.html' ? body.toString().replaceAll(EXAMPLE_SRC, target.url) : body;
  portal = await startServer({ root: EXAMPLES, transform: portalSrc(appUrl) });
  app = await serveApp({ parents: [portal.origin] });
  appUrl.url = app.url;

  const strangerRoot = mkdtempSync(join(tmpdir(), 'kenshin-stranger-'));
  writeFileSync(join(strangerRoot, 'portal.html'), readFileSync(join(EXAMPLES, 'portal.html')));
  // Another origin's page, framed next to the app in the portal: it posts to the app
  // and to the portal as if it were the app.
  writeFileSync(join(strangerRoot, 'sibling.html'), `<!DOCTYPE html><title>stranger</title><script>
    parent.frames[0].postMessage({ type: 'kenshin-check:measure' }, '*');
    parent.postMessage({ type: 'kenshin-check:height', height: 5 }, '*');
    parent.postMessage({ stranger: 'done' }, '*');
  </script>`);
  stranger = await startServer({ root: strangerRoot, transform: portalSrc(strangerTarget) });
  strangerApp = await serveApp({ parents: [portal.origin], frameAncestors: [stranger.origin] });
  // The host page's top window records the messages it receives, from its first script on.
  browser = await launch({ initScripts: [HOST_RECORDER] });
});
after(async () => {
  await browser?.close();
  for (const s of [portal, app, stranger, strangerApp]) await s?.close();
});

const HOST_RECORDER = `(${() => {
  if (window !== window.top) return;
  window.__messages = [];
  addEventListener('message', (e) => {
    const frame = document.getElementById('kenshin-check');
    window.__messages.push({ origin: e.origin, data: e.data, fromApp: Boolean(frame) && e.source === frame.contentWindow });
  });
  // Every iframe's load event, so that a test knows a refused frame has finished loading
  // (captured at the document: a 'load' event never reaches the window).
  window.__frameLoads = [];
  document.addEventListener('load', (e) => {
    if (e.target instanceof HTMLIFrameElement) window.__frameLoads.push(e.target.id || e.target.src);
  }, true);
}})();`;

/** Opens a host page, recording the messages its top window receives. */
const openHost = (url) => openPage(browser, url);

/**
 * Which path of src/embedding.rs the frame's engine takes: location.ancestorOrigins[0]
 * (the parent's origin, as the engine tells it), or none (the fallback). Logged, so that
 * a run says which path each engine exercised.
 */
async function path(frame) {
  const { has, first } = await frame.evaluate(() => ({ has: 'ancestorOrigins' in location, first: location.ancestorOrigins?.[0] ?? null }));
  console.log(`  ${ENGINE}: ${has ? `location.ancestorOrigins[0] = ${JSON.stringify(first)}: the app posts to that origin only, if allowed` : 'no location.ancestorOrigins: the fallback, one post per allowed origin'}`);
  return { has, first };
}

/** The app's iframe in `page` (its document from `appOrigin`) once the checker is there, as a Target; its path is logged. */
async function appFrame(page, appOrigin) {
  const frame = await page.frame(appOrigin, 15000);
  await frame.waitForSelector('[data-verdict]', { timeout: 15000 });
  await path(frame);
  return frame;
}

const messages = (page) => page.evaluate(() => window.__messages);
/** What the app posted to the host page (the test's own barriers left out). */
const fromApp = async (page, origin) => (await messages(page)).filter((m) => m.origin === origin && !m.data?.e2eBarrier);
const iframeHeight = (page) => page.evaluate(() => document.getElementById('kenshin-check').getBoundingClientRect().height);

/** Two animation frames in `target`: what changed before is laid out, and its resize observations (the app posts its height from one) are delivered. */
const twoFrames = (target) => target.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

/** The frame's window, from the host page, is sent `data` addressed to `origin`. */
const postToApp = (page, origin, data) => page.evaluate(({ origin, data }) => document.getElementById('kenshin-check').contentWindow.postMessage(data, origin), { origin, data });

/**
 * An ordering barrier instead of a wait: a listener of the test's in the app's frame sends a
 * message of the test's straight back to the host page. Once it is back, everything the app
 * posted before it has arrived: messages from one window to another keep their order.
 */
async function barrier(page, frame, origin) {
  await frame.evaluate(() => {
    if (window.e2eEcho) return;
    window.e2eEcho = true;
    addEventListener('message', (event) => event.data?.e2eBarrier && parent.postMessage(event.data, '*'));
  });
  const id = await page.evaluate(() => window.__messages.length + 1);
  await postToApp(page, origin, { e2eBarrier: id });
  await page.waitForFunction((id) => window.__messages.some((m) => m.data?.e2eBarrier === id), id);
}

/**
 * The app's height once the iframe has taken it, from what the app posts by itself: once its
 * layout is done and the barrier is back, the app's last height is its content's, and the
 * iframe is waited for until it is that tall (which may change the app's layout once more: then
 * again, until both agree).
 */
async function settledHeight(page, frame, origin) {
  let posted;
  let content;
  for (let round = 0; round < 5; round += 1) {
    await twoFrames(frame);
    await barrier(page, frame, origin);
    posted = (await fromApp(page, origin)).filter((m) => m.data?.type === 'kenshin-check:height').at(-1)?.data?.height;
    content = await frame.evaluate(() => document.body.scrollHeight);
    if (posted === content && Math.abs((await iframeHeight(page)) - posted) <= 1) return posted;
    if (posted !== undefined) {
      await page.waitForFunction((height) => Math.abs(document.getElementById('kenshin-check').getBoundingClientRect().height - height) <= 1, posted, { timeout: 10000 })
        .catch(async () => assert.fail(`the iframe did not take the app's height ${posted} (it is ${await iframeHeight(page)})`));
    }
  }
  throw new Error(`the iframe did not settle to the app's height (last posted ${posted}, content ${content}); ${LEAD}`);
}

test(named('framed by the portal: the app posts only {type, height}, and the iframe takes and follows its content height'), async () => {
  const page = await openHost(`${portal.url}portal.html`);
  try {
    const frame = await appFrame(page, app.origin);
    await page.waitForFunction((origin) => window.__messages.some((m) => m.origin === origin), app.origin, { timeout: 10000 }).catch(() => {});
    const posted = await fromApp(page, app.origin);
    assert.ok(posted.length > 0, `the app posted nothing to the portal; ${LEAD}`);
    for (const m of posted) {
      assert.ok(m.fromApp, 'the message comes from the app iframe');
      if (m.data.type === 'kenshin-check:ready') {
        assert.deepEqual(m.data, { type: 'kenshin-check:ready' }, 'ready says nothing else');
        continue;
      }
      assert.deepEqual(Object.keys(m.data).sort(), ['height', 'type'], `only type and height: ${JSON.stringify(m.data)}`);
      assert.equal(m.data.type, 'kenshin-check:height');
      assert.ok(Number.isInteger(m.data.height) && m.data.height > 0, `an integer height in CSS px: ${m.data.height}`);
    }

    const checker = await settledHeight(page, frame, app.origin);
    const fits = () => frame.evaluate(() => ({
      scrollbar: document.documentElement.scrollHeight > innerHeight + 1,
      content: Math.ceil(document.body.getBoundingClientRect().bottom),
      viewport: innerHeight,
    }));
    let fit = await fits();
    assert.equal(fit.scrollbar, false, `no scrollbar inside the iframe: ${JSON.stringify(fit)}`);
    assert.ok(Math.abs(fit.content - fit.viewport) <= 40, `the iframe is as tall as the content, no more: ${JSON.stringify(fit)}`);

    // The content changes height: the iframe follows, both ways.
    await frame.click('[data-nav=guide]');
    await frame.waitForSelector('[data-nav=guide][aria-current=page]');
    const guide = await settledHeight(page, frame, app.origin);
    fit = await fits();
    assert.equal(fit.scrollbar, false, `guide: no scrollbar inside the iframe: ${JSON.stringify(fit)}`);
    await frame.click('[data-nav=checker]');
    await frame.waitForSelector('[data-verdict]');
    const back = await settledHeight(page, frame, app.origin);
    assert.ok(Math.abs(back - checker) <= 2, `back on the checker the iframe is ${back}px again, not ${checker}px (guide: ${guide}px): the height must shrink too, measure the content and not the viewport`);
    console.log(`  heights: checker ${checker}px, guide ${guide}px, back ${back}px`);
    if (Math.abs(guide - checker) <= 2) console.log(`  note: checker and guide are both ${checker}px; growth was not exercised`);

    for (const m of await fromApp(page, app.origin)) {
      if (m.data.type !== 'kenshin-check:ready') assert.deepEqual(Object.keys(m.data).sort(), ['height', 'type']);
    }
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});

test(named('a kenshin-check:measure from an origin that is not allowed is ignored; one from the portal is answered'), async () => {
  const page = await openHost(`${portal.url}portal.html`);
  try {
    const frame = await appFrame(page, app.origin);
    const height = await settledHeight(page, frame, app.origin);
    const before = (await fromApp(page, app.origin)).length;

    // A frame from a third origin, next to the app, sends it a measure request (and
    // sends the portal a fake height, which the snippet must ignore too).
    await page.evaluate((src) => {
      const sibling = document.createElement('iframe');
      sibling.src = src;
      document.body.append(sibling);
    }, `${stranger.url}sibling.html`);
    await page.waitForFunction(() => window.__messages.some((m) => m.data?.stranger === 'done'), null, { timeout: 10000 });
    // The stranger's request reached the app before the portal's next one (posted after the
    // stranger said it was done): the app handles them in order and answers the portal in
    // order, so when the portal's answer arrives, an answer to the stranger would have too.
    await postToApp(page, app.origin, { type: 'kenshin-check:measure' });
    await page.waitForFunction(({ origin, before }) => window.__messages.filter((m) => m.origin === origin && !m.data?.e2eBarrier).length > before, { origin: app.origin, before }, { timeout: 5000 }).catch(() => {});
    const after = await fromApp(page, app.origin);
    assert.ok(after.length > before, `the app did not answer kenshin-check:measure from the portal; ${LEAD}`);
    assert.equal(after.length, before + 1, 'one answer, to the portal: the app answered the stranger\'s request too');
    assert.deepEqual(after.at(-1).data, { type: 'kenshin-check:height', height });
    assert.ok(Math.abs((await iframeHeight(page)) - height) <= 1, "the portal ignored the stranger's fake height");
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});

test(named('framed by an origin that is not allowed: the header refuses it; if a header let it, the app still posts nothing to it'), async () => {
  // The real header (frame-ancestors: the portal only): the stranger cannot frame the app.
  strangerTarget.url = app.url;
  let page = await openHost(`${stranger.url}portal.html`);
  try {
    // The iframe has finished loading (refused or not): had the header let the stranger
    // frame it, the app's document (its placeholder, then the app) would be in it by now.
    await page.waitForFunction(() => window.__frameLoads.includes('kenshin-check'), null, { timeout: 15000 });
    // Where the driver finds no frame from the app's origin (Chromium, Firefox: the refused
    // frame holds an error page), nothing of the app is in it either.
    const framed = await page.frame(app.origin, 2000).catch(() => null);
    const rendered = framed ? await framed.count('#loading, body > .app, [data-verdict]').catch(() => 0) : 0;
    assert.equal(rendered, 0, 'frame-ancestors let a stranger frame the app');
    // What each engine says about the refusal, and nothing else: Chromium names the CSP
    // directive; WebKit and Firefox report the portal snippet's measure request to the
    // refused frame (its origin is then null); Firefox, where the app's service worker (installed by the
    // tests before) answers the frame's navigation, reports that its answer was refused.
    const REFUSAL = [
      /frame-ancestors|Refused to (display|frame|load)|Content.Security.Policy/i,
      /^Unable to post message to http:\/\/127\.0\.0\.1:\d+\. Recipient has origin null\.$/,
      /^Error: Failed to execute ‘postMessage’ on ‘DOMWindow’: The target origin provided \(‘http:\/\/127\.0\.0\.1:\d+’\) does not match the recipient window’s origin \(‘null’\)\.$/,
      /^Error: Failed to load ‘.*’\. A ServiceWorker intercepted the request and encountered an unexpected error\.$/,
    ];
    for (const error of page.errors) assert.ok(REFUSAL.some((re) => re.test(error)), `only the refusal: ${error}`);
    console.log(`  ${ENGINE}: the refusal, as the page's console says it: ${JSON.stringify(page.errors)}`);
  } finally {
    await page.close();
  }

  // A header that lets the stranger frame it, while the app's settings do not allow it.
  strangerTarget.url = strangerApp.url;
  page = await openHost(`${stranger.url}portal.html`);
  try {
    const frame = await appFrame(page, strangerApp.origin);
    await postToApp(page, strangerApp.origin, { type: 'kenshin-check:measure' });
    await frame.click('[data-nav=guide]');
    await frame.waitForSelector('[data-nav=guide][aria-current=page]');
    // The measure request went before the barrier, and the guide's new height is observed
    // before it: an answer or a height the app posted would be here by then.
    await twoFrames(frame);
    await barrier(page, frame, strangerApp.origin);
    assert.deepEqual(await fromApp(page, strangerApp.origin), [], 'the app posted to a parent that is not allowed');
    console.log(`  ${ENGINE}: console errors and warnings: ${JSON.stringify(page.messages.filter((m) => m.type !== 'log' && m.type !== 'debug').map((m) => m.text))}`);
  } finally {
    await page.close();
  }
});
