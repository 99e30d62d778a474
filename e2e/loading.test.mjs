// Before the app starts, where the first view is not shown (here: ?lang=en, the
// first view being Japanese; e2e/first-view.test.mjs has the others): on a slow
// connection the participant sees a "Loading…" line in the page's language (not a
// blank page), a reload hint if it takes long, and neither once the app is there.
// In this run's engine (E2E_ENGINE).
//
// The wasm is held back at the test server (its response waits for a promise the
// test releases), the same in every engine: Playwright's page.route exists in
// Chromium only.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './server.mjs';
import { ENGINE, launch, named, verdict } from './engines/index.mjs';
import { DIST } from './hosting.mjs';

let server;
let browser;
let held = Promise.resolve();
let wasmAsked = false;

before(async () => {
  server = await startServer({
    root: DIST,
    transform: async (path) => {
      if (/_bg\.wasm$/.test(path)) {
        wasmAsked = true;
        await held;
      }
      return undefined; // the file as built
    },
  });
  // The page is inspected while its wasm is held back, before the load ends.
  browser = await launch({ waitForLoad: false });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test(named('a loading line while the app downloads, a reload hint after 6 s, both gone without a layout shift when the app starts'), async (t) => {
  if (ENGINE === 'webkit') {
    // Measured: WebKitWebDriver 2.50 sometimes never answers a command sent while a page is
    // still loading, and here the page must be read while its wasm is held back.
    t.skip('skipped in webkit: WebKitWebDriver 2.50 does not reliably answer while a page is still loading');
    return;
  }
  let release;
  held = new Promise((resolve) => (release = resolve));
  const page = await browser.newPage();
  try {
    await page.goto(`${server.url}?lang=en`, { waitUntil: 'domcontentloaded' });

    const loading = page.locator('#loading');
    const hint = page.locator('#loading [lang=en] small');
    await page.waitForSelector('#loading', { state: 'visible' });
    assert.ok(await loading.isVisible(), 'the loading line shows while the wasm is on its way');
    assert.match(await page.evaluate(() => document.getElementById('loading').innerText), /^Loading…$/m);
    assert.doesNotMatch(await page.evaluate(() => document.body.innerText), /[\u3000-\u30ff\u4e00-\u9fff]/, 'only English shows');
    assert.equal(await hint.isVisible(), false, 'no reload hint during a normal load');
    assert.equal(await page.count('[data-verdict]'), 0, 'the app has not started');
    // The hint's own moment (CSS: shown 6 s after the page starts), read in the page.
    await page.waitForSelector('#loading [lang=en] small', { state: 'visible', timeout: 10000 });
    const shownAt = await page.evaluate(() => performance.now());
    assert.ok(shownAt >= 6000, `the reload hint shows after 6 s, not at ${Math.round(shownAt)} ms`);
    assert.match(await hint.textContent(), /reload the page/);
    assert.ok(wasmAsked, 'the wasm was asked for, and held at the server');
    assert.equal(await page.count('[data-verdict]'), 0, 'the app is still waiting for its wasm');

    // Where things are while the placeholder shows, and in every frame from the release
    // until a second after the app's first element appears: an element that is on screen in
    // two frames and moves between them is a layout shift (what Lighthouse counts). The
    // PerformanceObserver 'layout-shift' entry exists in Chromium only: there it is checked
    // too; in WebKit and Firefox these frame-by-frame boxes are the evidence.
    await page.evaluate(() => {
      const box = (el) => {
        if (!el) return null;
        const r = el.getBoundingClientRect();
        return r.width || r.height ? { x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: r.height } : null;
      };
      const frames = [];
      window.__frames = frames;
      window.__framesDone = new Promise((resolve) => {
        let appearedAt = null;
        const sample = (now) => {
          const app = document.querySelector('body > .app');
          frames.push({
            now,
            loading: box(document.getElementById('loading')),
            app: box(app),
            first: box(app?.firstElementChild),
            input: box(document.getElementById('systolic_bp')),
            verdict: box(document.querySelector('[data-verdict]')),
          });
          if (app && appearedAt === null) appearedAt = now;
          if (appearedAt !== null && now - appearedAt > 1000) resolve(frames);
          else requestAnimationFrame(sample);
        };
        // The first sample now, while the download is held: on a loaded machine the first
        // animation frame can come after the app has replaced the placeholder.
        sample(performance.now());
      });
    });
    release();
    await page.waitForSelector('[data-verdict]');
    assert.equal(await loading.count(), 0, 'the placeholder is gone once the app renders');
    assert.equal(await page.count('body > .app'), 1);

    const frames = await page.evaluate(() => window.__framesDone);
    const moved = [];
    for (const key of ['loading', 'app', 'first', 'input', 'verdict']) {
      for (let i = 1; i < frames.length; i++) {
        const [a, b] = [frames[i - 1][key], frames[i][key]];
        if (a && b && (Math.abs(a.x - b.x) > 0.5 || Math.abs(a.y - b.y) > 0.5)) moved.push(`${key}: ${JSON.stringify(a)} → ${JSON.stringify(b)}`);
      }
    }
    assert.ok(frames.some((f) => f.loading) && frames.some((f) => f.input), `frames with the placeholder and with the app were sampled (${frames.length})`);
    assert.ok(!frames.some((f) => f.loading && f.app), 'the placeholder and the app are never on screen together');
    assert.deepEqual(moved, [], 'nothing that is on screen moves from one frame to the next');
    if (ENGINE === 'chromium') {
      // Nothing jumps when the app replaces the placeholder (Lighthouse counts it as layout shift).
      const shift = await page.evaluate(() => new Promise((resolve) => {
        new PerformanceObserver((list) => resolve(list.getEntries().filter((e) => !e.hadRecentInput).reduce((sum, e) => sum + e.value, 0)))
          .observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(0), 1000); // no entry at all: no shift
      }));
      assert.ok(shift < 0.01, `cumulative layout shift ${shift}`);
    }
    await page.fill('#systolic_bp', '185');
    assert.equal(await verdict(page), 'see-doctor-first');
    assert.deepEqual(page.errors, []);
  } finally {
    release();
    await page.close();
  }
});
