// The session guide (issue 4) as a participant uses it: the release build
// served on loopback, Chromium with fake camera and microphone devices, at
// 390x844 (phone) and 1280x800 (PC), in Japanese and English.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';
import { DIST } from './hosting.mjs';
import { axeViolations, CHROMIUM, CHROMIUM_ARGS, PHONE, SHOTS, verdict } from './browser.mjs';

const PC = { width: 1280, height: 800 };
const FAKE_MEDIA = ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream'];
const PARTS = ['steps', 'webex', 'prepare', 'data', 'camera', 'join', 'privacy'];

// Real user agents (the same table as core/tests/platform.rs) → the store
// whose link must come first.
const DEVICES = [
  ['iPhone Safari', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1', 5, 'app-store'],
  ['iPad Safari, desktop mode', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15', 5, 'app-store'],
  ['Android Chrome', 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36', 5, 'google-play'],
  ['Android Samsung Internet', 'Mozilla/5.0 (Linux; Android 14; SAMSUNG SM-S921B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/24.0 Chrome/117.0.0.0 Mobile Safari/537.36', 5, 'google-play'],
  ['Windows Chrome', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36', 0, 'desktop'],
  ['Windows Edge', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.51', 0, 'desktop'],
  ['macOS Safari', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15', 0, 'desktop'],
  ['Linux Firefox', 'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0', 0, 'desktop'],
];
const STORE_URL = {
  'app-store': /^https:\/\/apps\.apple\.com\/[a-z]{2}\/app\/(?:[a-z0-9-]+\/)?id\d+$/,
  'google-play': /^https:\/\/play\.google\.com\/store\/apps\/details\?id=[a-z0-9._]+$/,
  desktop: /^https:\/\/www\.webex\.com\/(?:[a-z]{2}\/)?downloads\.html$/,
};

let server;
let portal;
let browser;

/** Debian's Chromium, headless, no background networking, as browser.mjs
 * launches it; not persistent, so each test gets its own context (user agent,
 * viewport, permissions). */
async function launchBrowser(extraArgs = []) {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...CHROMIUM_ARGS, ...extraArgs] });
}

/** A fresh context like the given device; `touchPoints` overrides
 * navigator.maxTouchPoints (what tells an iPad in desktop mode from a Mac). */
async function newContext(on = browser, { viewport = PHONE, userAgent, touchPoints } = {}) {
  const phone = viewport.width < 600;
  const context = await on.newContext({
    viewport, deviceScaleFactor: phone ? 2 : 1, isMobile: phone, hasTouch: phone,
    ...(userAgent ? { userAgent } : {}),
  });
  if (touchPoints !== undefined) {
    await context.addInitScript((points) => {
      Object.defineProperty(Navigator.prototype, 'maxTouchPoints', { get: () => points, configurable: true });
    }, touchPoints);
  }
  return context;
}

function watchErrors(page) {
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

/** Opens the app and goes to the guide with its navigation button. */
async function openGuide(context, lang = 'ja') {
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${server.url}?lang=${lang}`);
  await page.waitForSelector('[data-verdict]');
  await page.click('[data-nav="guide"]');
  await page.waitForSelector('[data-section="guide"]');
  return { page, errors };
}

const cameraStatus = (frame) => frame.getAttribute('[data-camera-status]', 'data-camera-status');

/** Taps "start" and waits until the preview is live. */
async function startCamera(frame) {
  await frame.click('[data-action="camera-start"]');
  await frame.waitForSelector('[data-camera-status="running"]', { timeout: 10_000 });
  // A handle on the tracks, kept by the test: the app itself exposes nothing.
  return frame.evaluateHandle(() => document.querySelector('#camera-preview').srcObject.getTracks());
}

const trackStates = (tracks) => tracks.evaluate((list) => list.map((track) => `${track.kind}:${track.readyState}`));

before(async () => {
  await mkdir(SHOTS, { recursive: true });
  server = await startServer({ root: DIST });
  const portalRoot = mkdtempSync(join(tmpdir(), 'kenshin-portal-'));
  const iframe = (allow) => `<!doctype html><html lang="en"><meta name="viewport" content="width=device-width">
    <title>portal</title><body style="margin:0">
    <iframe ${allow} src="${server.url}?lang=en" style="border:0;width:100%;height:800px" title="kenshin-check"></iframe></html>`;
  await writeFile(join(portalRoot, 'portal.html'), iframe(''));
  await writeFile(join(portalRoot, 'portal-allow.html'), iframe('allow="camera; microphone"'));
  portal = await startServer({ root: portalRoot });
  browser = await launchBrowser(FAKE_MEDIA);
});
after(async () => {
  await browser?.close();
  await portal?.close();
  await server?.close();
});

test('moving to the guide and back keeps what was typed in the checker', async () => {
  const context = await newContext();
  const { page, errors } = await openGuide(context);
  await page.click('[data-nav="checker"]');
  await page.fill('#systolic_bp', '185');
  await page.fill('#ast', '22');
  await page.click('[data-nav="guide"]');
  await page.waitForSelector('[data-section="guide"]');
  assert.equal(await page.locator('#systolic_bp').isVisible(), false, 'the checker is not shown with the guide');
  assert.equal(await page.getAttribute('[data-nav="guide"]', 'aria-current'), 'page');
  await page.click('[data-nav="checker"]');
  assert.equal(await page.inputValue('#systolic_bp'), '185');
  assert.equal(await page.inputValue('#ast'), '22');
  assert.equal(await verdict(page), 'see-doctor-first');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the three steps, with the counsellor number as a tap-to-call link', async () => {
  const context = await newContext();
  for (const lang of ['ja', 'en']) {
    const { page } = await openGuide(context, lang);
    const steps = page.locator('[data-guide-part="steps"] .guide-step');
    assert.equal(await steps.count(), 3);
    const tel = page.locator('[data-guide-part="steps"] a[href="tel:0120559870"]');
    assert.equal(await tel.count(), 1);
    assert.equal((await tel.textContent()).trim(), '0120-559-870');
    assert.ok(await tel.isVisible());
    const step1 = await steps.nth(0).textContent();
    assert.match(step1, lang === 'ja' ? /電話またはメール/ : /by phone or by e-mail/);
    assert.match(step1, lang === 'ja' ? /健康保険組合・共済組合/ : /health insurance society/);
    assert.match(await steps.nth(1).textContent(), /Webex/);
    // The join-day part repeats it: the counsellor calls when the connection fails.
    assert.equal(await page.locator('[data-guide-part="join"] a[href="tel:0120559870"]').count(), 1);
    await page.close();
  }
  await context.close();
});

for (const [name, userAgent, touchPoints, store] of DEVICES) {
  test(`Webex: ${name} is offered ${store} first, the others one tap away`, async () => {
    const context = await newContext(browser, { userAgent, touchPoints });
    const { page } = await openGuide(context);
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
    for (const link of await all.all()) {
      assert.equal(await link.getAttribute('target'), '_blank');
      assert.deepEqual((await link.getAttribute('rel')).split(' ').sort(), ['noopener', 'noreferrer']);
      const href = await link.getAttribute('href');
      assert.match(href, STORE_URL[await link.getAttribute('data-store')]);
    }
    assert.equal(await others.first().isVisible(), false, 'the others wait behind one tap');
    await page.click('.webex-others summary');
    assert.equal(await others.first().isVisible(), true);
    assert.match(await page.textContent('[data-guide-part="webex"]'), /無料プラン/);
    await context.close();
  });
}

test('data use: minutes typed become MB and GB at 660 MB per hour', async () => {
  const context = await newContext();
  for (const lang of ['ja', 'en']) {
    const { page } = await openGuide(context, lang);
    const part = page.locator('[data-guide-part="data"]');
    assert.match(await part.textContent(), /660\s?MB/);
    const result = page.locator('#session_minutes-result');
    assert.equal(await page.inputValue('#session_minutes'), '60');
    assert.match(await result.textContent(), /660 MB.*0\.66 GB/);
    for (const [typed, mb, gb] of [['90', '990', '0.99'], ['30', '330', '0.33'], ['１２０分', '1320', '1.32']]) {
      await page.fill('#session_minutes', typed);
      assert.equal(await result.getAttribute('data-megabytes'), mb, typed);
      assert.match(await result.textContent(), new RegExp(`${mb} MB.*${gb.replace('.', '\\.')} GB`), typed);
    }
    await page.fill('#session_minutes', 'abc');
    assert.equal(await page.getAttribute('#session_minutes', 'aria-invalid'), 'true');
    assert.match(await page.textContent('#session_minutes-error'), lang === 'ja' ? /整数/ : /whole number/);
    assert.equal(await result.getAttribute('data-megabytes'), null);
    await page.fill('#session_minutes', '45');
    assert.equal(await page.getAttribute('#session_minutes', 'aria-invalid'), null);
    assert.equal(await result.getAttribute('data-megabytes'), '495');
    await page.close();
  }
  await context.close();
});

test('the checklist ticks, counts, and is stored nowhere', async () => {
  const context = await newContext();
  const { page } = await openGuide(context, 'en');
  const boxes = page.locator('.checklist input[type=checkbox]');
  assert.equal(await boxes.count(), 5);
  const labels = await page.locator('.checklist .check-label').allTextContents();
  for (const item of [/smartphone, a tablet or a computer/, /Earphones/, /checkup results/, /Wi-Fi/, /camera and a microphone/]) {
    assert.ok(labels.some((label) => item.test(label)), `${item}`);
  }
  await page.click('label[for="prepare-2"]');
  assert.equal(await page.getAttribute('.checklist-progress', 'data-ready'), '1');
  for (const i of [1, 3, 4, 5]) await page.check(`#prepare-${i}`);
  assert.equal(await page.getAttribute('.checklist-progress', 'data-ready'), '5');
  assert.match(await page.textContent('.checklist-progress'), /ready/);
  const stored = await page.evaluate(() => ({ cookie: document.cookie, local: localStorage.length, session: sessionStorage.length }));
  assert.deepEqual(stored, { cookie: '', local: 0, session: 0 });
  await context.close();
});

test('join-day steps and what happens when the connection drops', async () => {
  const context = await newContext();
  for (const lang of ['ja', 'en']) {
    const { page } = await openGuide(context, lang);
    const steps = await page.locator('.join-steps li').allTextContents();
    assert.equal(steps.length, 4);
    assert.match(steps[1], /参加/);
    assert.match(steps[2], lang === 'ja' ? /ミーティング番号.*パスワード.*URL/ : /meeting number and password.*link/);
    assert.match(await page.textContent('.join-trouble'), lang === 'ja' ? /相談員よりお電話/ : /counsellor will phone you/);
    await page.close();
  }
  await context.close();
});

test('privacy: the app promise first, the seven points in full, the contact link', async () => {
  const context = await newContext();
  const leaflet = await readFile(new URL('../../shared/seed/leaflet.txt', import.meta.url), 'utf8').catch(() => null);
  for (const lang of ['ja', 'en']) {
    const { page } = await openGuide(context, lang);
    const part = page.locator('[data-guide-part="privacy"]');
    const first = await part.locator('h2 + *').getAttribute('data-app-promise');
    assert.equal(first, 'true', 'the app promise comes first');
    assert.equal(await part.locator('[data-privacy-point]').count(), 7);
    const link = part.locator('a[href="https://www.sompo-hs.co.jp/privacy_form/"]');
    assert.equal(await link.count(), 1);
    assert.equal(await link.getAttribute('target'), '_blank');
    assert.deepEqual((await link.getAttribute('rel')).split(' ').sort(), ['noopener', 'noreferrer']);
    if (lang === 'ja' && leaflet) {
      // The leaflet's sentences appear word for word (its half-width brackets aside).
      const shown = (await part.textContent()).replace(/\s+/g, '');
      const norm = (s) => s.replace(/\s+/g, '').replace(/\(/g, '（').replace(/\)/g, '）');
      for (const sentence of [
        '当社がお預かりした個人情報については、ご本人の同意がある場合、および法令等に基づく例外を除き、第三者に提供いたしません。',
        '当社がお預かりした個人情報を他者と共同利用することはありません。',
        'サービス改善のための分析',
        'なお、タブレット上でのクッキー情報を利用した個人情報の取得は行っていません。',
      ]) {
        assert.ok(leaflet.replace(/\s+/g, '').includes(sentence.replace(/\s+/g, '')), `leaflet has: ${sentence}`);
        assert.ok(norm(shown).includes(norm(sentence)), `guide shows: ${sentence}`);
      }
    }
    // The nine precautions, by the shared component.
    assert.equal(await page.locator('[data-section="guide"] [data-precaution]').count(), 9);
    await page.close();
  }
  await context.close();
});

test('camera and microphone: the preview plays, the meter moves, Stop ends every track', async () => {
  const context = await newContext(browser, { viewport: PC });
  const { page, errors } = await openGuide(context, 'ja');
  assert.equal(await cameraStatus(page), 'idle');
  assert.equal(await page.isVisible('#camera-preview'), false, 'nothing is shown before the tap');
  const tracks = await startCamera(page);
  assert.deepEqual((await trackStates(tracks)).sort(), ['audio:live', 'video:live']);

  await page.waitForFunction(() => document.querySelector('#camera-preview').readyState >= 2);
  const t0 = await page.evaluate(() => document.querySelector('#camera-preview').currentTime);
  const video = await page.evaluate(() => {
    const v = document.querySelector('#camera-preview');
    return { muted: v.muted, playsInline: v.playsInline, paused: v.paused, width: v.videoWidth };
  });
  assert.deepEqual({ ...video, width: video.width > 0 }, { muted: true, playsInline: true, paused: false, width: true });

  // Sample the meter for about a second: Chromium's fake microphone beeps.
  const levels = await page.evaluate(async () => {
    const meter = document.querySelector('#mic-level');
    const seen = [];
    for (let i = 0; i < 25; i += 1) {
      seen.push(meter.value);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return seen;
  });
  const t1 = await page.evaluate(() => document.querySelector('#camera-preview').currentTime);
  assert.ok(t1 > t0, `currentTime advances (${t0} → ${t1})`);
  assert.ok(new Set(levels).size >= 3, `the level meter moves: ${levels.join(' ')}`);
  assert.ok(Math.max(...levels) > 0);

  await page.locator('[data-guide-part="camera"]').screenshot({ path: `${SHOTS}guide-camera-running-pc-ja.png` });
  await page.click('[data-action="camera-stop"]');
  assert.deepEqual((await trackStates(tracks)).sort(), ['audio:ended', 'video:ended']);
  assert.equal(await cameraStatus(page), 'stopped');
  assert.equal(await page.isVisible('#camera-preview'), false);
  assert.deepEqual(errors, []);
  await context.close();
});

test('camera and microphone stop when the participant goes back to the checker', async () => {
  const context = await newContext();
  const { page } = await openGuide(context, 'en');
  const tracks = await startCamera(page);
  await page.click('[data-nav="checker"]');
  await page.waitForSelector('[data-verdict]');
  assert.deepEqual((await trackStates(tracks)).sort(), ['audio:ended', 'video:ended']);
  await context.close();
});

test('camera and microphone stop when the page is hidden', async () => {
  const context = await newContext();
  const { page } = await openGuide(context, 'ja');
  const tracks = await startCamera(page);
  await page.evaluate(() => {
    Object.defineProperty(document, 'hidden', { value: true, configurable: true });
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  assert.deepEqual((await trackStates(tracks)).sort(), ['audio:ended', 'video:ended']);
  assert.equal(await cameraStatus(page), 'stopped');
  assert.match(await page.textContent('[data-camera-status]'), /画面から離れた/);
  await context.close();
});

test('camera: a denied permission is explained', async () => {
  // Without the fake UI, Chromium answers the permission prompt with "no".
  const denying = await launchBrowser(['--use-fake-device-for-media-stream']);
  try {
    const context = await newContext(denying);
    const { page } = await openGuide(context, 'ja');
    await page.click('[data-action="camera-start"]');
    await page.waitForSelector('[data-media-problem]', { timeout: 10_000 });
    assert.equal(await page.getAttribute('[data-media-problem]', 'data-media-problem'), 'denied');
    assert.match(await page.textContent('[data-media-problem]'), /許可されませんでした/);
    assert.equal(await page.getAttribute('[data-media-problem]', 'role'), 'alert');
    assert.equal(await cameraStatus(page), 'failed');
    await page.locator('[data-guide-part="camera"]').screenshot({ path: `${SHOTS}guide-camera-denied-phone-ja.png` });
    await context.close();
  } finally {
    await denying.close();
  }
});

test('camera: no device found is explained', async () => {
  const context = await newContext();
  await context.addInitScript(() => {
    MediaDevices.prototype.getUserMedia = () => Promise.reject(new DOMException('Requested device not found', 'NotFoundError'));
  });
  const { page } = await openGuide(context, 'en');
  await page.click('[data-action="camera-start"]');
  await page.waitForSelector('[data-media-problem="no-device"]');
  assert.match(await page.textContent('[data-media-problem]'), /No camera or microphone was found/);
  await context.close();
});

/** The app inside a cross-origin iframe: a portal page served from
 * http://localhost:<another port>, the app from http://127.0.0.1. */
async function framed(context, allow) {
  const page = await context.newPage();
  const name = allow ? 'portal-allow.html' : 'portal.html';
  await page.goto(`http://localhost:${new URL(portal.url).port}/${name}`);
  const handle = await page.waitForSelector('iframe');
  const frame = await handle.contentFrame();
  await frame.waitForSelector('[data-verdict]');
  await frame.click('[data-nav="guide"]');
  await frame.waitForSelector('[data-section="guide"]');
  return { page, frame };
}

test('camera in a portal iframe without allow: tells the operator what to add', async () => {
  const context = await newContext();
  const { page, frame } = await framed(context, null);
  await frame.click('[data-action="camera-start"]');
  await frame.waitForSelector('[data-media-problem]');
  assert.equal(await frame.getAttribute('[data-media-problem]', 'data-media-problem'), 'framed');
  assert.match(await frame.textContent('[data-operator-note="iframe-allow"]'), /allow="camera; microphone"/);
  const newTab = frame.locator('[data-media-problem] a');
  assert.equal(await newTab.getAttribute('target'), '_blank');
  assert.equal(new URL(await newTab.getAttribute('href')).origin, server.origin);
  await frame.locator('[data-guide-part="camera"]').screenshot({ path: `${SHOTS}guide-camera-framed-phone-en.png` });
  await page.close();
  await context.close();
});

test('camera in a portal iframe with allow="camera; microphone" works', async () => {
  const context = await newContext();
  const { frame } = await framed(context, 'camera; microphone');
  const tracks = await startCamera(frame);
  await frame.click('[data-action="camera-stop"]');
  assert.deepEqual((await trackStates(tracks)).sort(), ['audio:ended', 'video:ended']);
  await context.close();
});

test('using the whole guide makes no request', async () => {
  const context = await newContext();
  const { page } = await openGuide(context, 'ja');
  // Let the service worker (offline use) finish precaching the app's own files.
  await page.evaluate(() => Promise.race([
    navigator.serviceWorker?.ready, new Promise((resolve) => setTimeout(resolve, 3000)),
  ]));
  await page.waitForTimeout(500);
  const before = server.requests.length;
  const outside = [];
  page.on('request', (request) => outside.push(request.url()));
  await page.click('.webex-others summary');
  for (const i of [1, 2, 3, 4, 5]) await page.check(`#prepare-${i}`);
  await page.fill('#session_minutes', '90');
  const tracks = await startCamera(page);
  await page.waitForTimeout(500);
  await page.click('[data-action="camera-stop"]');
  await page.click('.guide-contents a[href="#guide-privacy"]');
  await page.click('.lang-toggle');
  await page.click('[data-nav="checker"]');
  await page.click('[data-nav="guide"]');
  await page.waitForTimeout(300);
  assert.deepEqual(server.requests.slice(before), []);
  assert.deepEqual(outside, []);
  await tracks.dispose();
  await context.close();
});

for (const lang of ['ja', 'en']) {
  test(`no accessibility violations (axe-core) in the guide (${lang})`, async () => {
    const context = await newContext();
    const { page } = await openGuide(context, lang);
    await page.click('.webex-others summary');
    await page.check('#prepare-1');
    await page.fill('#session_minutes', 'x');
    await startCamera(page);
    assert.deepEqual(await axeViolations(page), []);
    await context.close();
  });
}

test('headings in order, touch targets of 44 px, no sideways scrolling at 390 px', async () => {
  const context = await newContext();
  for (const lang of ['ja', 'en']) {
    const { page } = await openGuide(context, lang);
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
  await context.close();
});

for (const [device, viewport] of [['phone', PHONE], ['pc', PC]]) {
  for (const lang of ['ja', 'en']) {
    test(`screenshots of each part: ${device} ${viewport.width}x${viewport.height} (${lang})`, async () => {
      const context = await newContext(browser, { viewport });
      const { page, errors } = await openGuide(context, lang);
      await page.screenshot({ path: `${SHOTS}guide-top-${device}-${lang}.png` });
      await page.click('.webex-others summary');
      await page.check('#prepare-1');
      await page.check('#prepare-3');
      for (const part of PARTS) {
        if (part === 'camera') {
          await startCamera(page);
          // Show it live: a picture, and the meter during one of the fake microphone's beeps.
          await page.waitForFunction(() => document.querySelector('#camera-preview').readyState >= 2);
          await page.waitForFunction(() => document.querySelector('#mic-level').value > 30, null, { polling: 10 });
        }
        await page.locator(`[data-guide-part="${part}"]`).screenshot({ path: `${SHOTS}guide-${part}-${device}-${lang}.png` });
      }
      await page.locator('[data-section="guide"] .precautions').screenshot({ path: `${SHOTS}guide-precautions-${device}-${lang}.png` });
      await page.click('[data-action="camera-stop"]');
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
}
