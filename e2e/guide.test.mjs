// The session guide (docs/product.md, "Session guide") as a participant uses it: the release build served on
// loopback, this run's engine (E2E_ENGINE) with its own fake camera and microphone
// (Chromium's fake devices, WebKit's mock capture devices, Firefox's fake streams), at
// 390x844, in Japanese and English. The camera and microphone check has its own file:
// e2e/camera.test.mjs; screenshots of each part, scripts/screenshots.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, named, PHONE } from './engines/index.mjs';
import { launchForFile, openGuideOf, serveForFile, startCamera, withBrowser } from './fixtures.mjs';
import { BROWSER_OWN } from './engines/proxy.mjs';

// Which store each device is offered first is decided in the core (core/tests/platform.rs: every
// user agent, touch points and all); e2e/interview.test.mjs shows it in a real engine for an
// iPhone, an iPad in desktop mode, an Android phone, and a Windows and a Mac computer. Here one
// real user agent per store, and what the links are.
const DEVICES = [
  ['iPhone Safari', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1', 5, 'app-store'],
  ['Android Chrome', 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36', 5, 'google-play'],
  ['Windows Chrome', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36', 0, 'desktop'],
];
const STORE_URL = {
  'app-store': /^https:\/\/apps\.apple\.com\/[a-z]{2}\/app\/(?:[a-z0-9-]+\/)?id\d+$/,
  'google-play': /^https:\/\/play\.google\.com\/store\/apps\/details\?id=[a-z0-9._]+$/,
  desktop: /^https:\/\/www\.webex\.com\/(?:[a-z]{2}\/)?downloads\.html$/,
};

const server = serveForFile({ plain: true });
const browser = launchForFile({ media: 'mock' }); // phone, fake camera and microphone allowed

/** The guide of the app this file serves, opened in `on`. */
const openGuide = (on = browser, lang = 'ja') => openGuideOf(on, server.url, lang);

// What the guide's parts say in both languages (the three steps and the counsellor's number,
// the data use, the join-day steps, the privacy part with the leaflet's sentences): tests/guide.rs.
// Moving to the guide and back keeps what was typed: tests/guide.rs
// the_app_shows_the_guide_and_back_without_losing_values.

for (const [name, userAgent, touchPoints, store] of DEVICES) {
  test(named(`Webex: ${name} is offered ${store} first, the others one tap away`), async () => {
    // One browser per user agent: the engine's own user agent setting (what the page's
    // navigator.userAgent and the request headers say), and navigator.maxTouchPoints.
    await withBrowser({ userAgent, touchPoints }, async (own) => {
      const page = await openGuide(own);
      assert.equal(await page.evaluate(() => navigator.userAgent), userAgent);
      assert.equal(await page.evaluate(() => navigator.maxTouchPoints), touchPoints);
      const recommended = page.locator('[data-webex="recommended"]');
      assert.equal(await recommended.count(), 1);
      assert.equal(await recommended.getAttribute('data-store'), store);
      assert.match(await recommended.getAttribute('href'), STORE_URL[store]);
      assert.ok(await recommended.isVisible(), 'the recommended link is shown without a tap');
      const others = page.locator('[data-webex="other"]');
      assert.equal(await others.count(), 2);
      const all = page.locator('[data-webex]');
      assert.equal(await all.first().getAttribute('data-webex'), 'recommended', 'the recommended link comes first');
      const stores = await all.evaluateAll((links) => links.map((link) => link.dataset.store));
      assert.deepEqual([...stores].sort(), ['app-store', 'desktop', 'google-play']);
      const count = await all.count();
      for (let i = 0; i < count; i += 1) {
        const link = all.nth(i);
        assert.equal(await link.getAttribute('target'), '_blank');
        assert.deepEqual((await link.getAttribute('rel')).split(' ').sort(), ['noopener', 'noreferrer']);
        assert.match(await link.getAttribute('href'), STORE_URL[await link.getAttribute('data-store')]);
      }
      assert.equal(await others.first().isVisible(), false, 'the others wait behind one tap');
      await page.click('.webex-others summary');
      assert.equal(await others.first().isVisible(), true);
      assert.match(await page.textContent('[data-guide-part="webex"]'), /無料プラン/);
      assert.deepEqual(page.errors, []);
    });
  });
}

// The checklist's items, ticks and count: tests/guide.rs the_checklist_counts_ticks_and_the_data_use_is_the_interviews.
// Here what needs a real engine: a tap on the label (the 48 px target) ticks its box, and the
// browser's real storage holds nothing of it.
test(named('the checklist: a tap on a label ticks its box, and the ticks are stored nowhere'), async () => {
  const page = await openGuide(browser, 'en');
  await page.click('label[for="prepare-2"]');
  assert.equal(await page.isChecked('#prepare-2'), true, 'a tap on the label ticks the box');
  for (const i of [1, 3, 4, 5]) await page.check(`#prepare-${i}`);
  assert.equal(await page.getAttribute('.checklist-progress', 'data-ready'), '5');
  const stored = await page.evaluate(() => ({ cookie: document.cookie, local: localStorage.length, session: sessionStorage.length }));
  assert.deepEqual(stored, { cookie: '', local: 0, session: 0 });
  assert.deepEqual(page.errors, []);
  await page.close();
});

test(named('using the whole guide makes no request'), async () => {
  // A browser of its own, as a first visit: in a browser that already has the service worker,
  // the page's load is followed (seconds later, in Chromium) by the worker's update check.
  await withBrowser({ media: 'mock' }, async (own) => {
    const page = await openGuide(own, 'ja');
    // Let the service worker (offline use) finish precaching the app's own files.
    await page.evaluate(() => Promise.race([
      navigator.serviceWorker?.ready, new Promise((resolve) => setTimeout(resolve, 3000)),
    ]).then(() => true));
    await own.proxy.settle();
    const mark = own.proxy.mark();
    const served = server.requests.length;
    await page.click('.webex-others summary');
    for (const i of [1, 2, 3, 4, 5]) await page.check(`#prepare-${i}`);
    await page.fill('#appointment_date', '2031-05-06');
    await page.fill('#appointment_time', '09:05');
    await startCamera(page);
    // The preview shows the camera: its first frame is there (what this test needs: the
    // camera in use; waiting for seconds of playback failed once on a busy machine, where
    // WebKit's fake camera did not reach 0.5 s within 15 s).
    await page.waitForFunction(() => {
      const video = document.querySelector('#camera-preview');
      return video.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA && video.videoWidth > 0;
    });
    await page.click('[data-action="camera-stop"]');
    await page.click('.guide-contents a[href="#guide-privacy"]');
    await page.click('.lang-toggle');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page.click('[data-nav="checker"]');
    await page.click('[data-nav="guide"]');
    await page.waitForSelector('[data-section="guide"]');
    await own.proxy.settle();
    assert.deepEqual(own.proxy.since(mark).filter((request) => !BROWSER_OWN(request)), []);
    assert.deepEqual(server.requests.slice(served), []);
    assert.deepEqual(page.errors, []);
  });
});

for (const lang of ['ja', 'en']) {
  test(named(`no accessibility violations (axe-core) in the guide (${lang})`), async () => {
    const page = await openGuide(browser, lang);
    await page.click('.webex-others summary');
    await page.check('#prepare-1');
    await page.fill('#appointment_date', '2031-05-06');
    await page.fill('#appointment_time', '09:05');
    await startCamera(page);
    assert.deepEqual(await axeViolations(page), []);
    await page.click('[data-action="camera-stop"]');
    await page.close();
  });
}

test(named('headings in order, touch targets of 44 px, no sideways scrolling at 390 px'), async () => {
  for (const lang of ['ja', 'en']) {
    const page = await openGuide(browser, lang);
    await page.click('.webex-others summary');
    const levels = await page.evaluate(() =>
      [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1])));
    assert.equal(levels[0], 1);
    for (let i = 1; i < levels.length; i += 1) {
      assert.ok(levels[i] <= levels[i - 1] + 1, `heading h${levels[i]} after h${levels[i - 1]} (${lang})`);
    }
    const small = await page.evaluate(() =>
      [...document.querySelectorAll('[data-section="guide"] :is(a, button, summary, input, label.check-item)')]
        .map((el) => ({ el: el.id || el.className || el.tagName, box: el.getBoundingClientRect() }))
        .filter(({ box }) => box.width > 0 && (box.width < 44 || box.height < 44))
        .map(({ el, box }) => `${el} ${Math.round(box.width)}x${Math.round(box.height)}`));
    // The checkboxes are inside their 48 px labels, which are the targets.
    assert.deepEqual(small.filter((s) => !s.startsWith('prepare-')), [], lang);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= PHONE.width, `page is ${width}px wide (${lang})`);
    await page.close();
  }
});
