// The guide's camera and microphone check (docs/product.md, "Session guide"): the preview
// plays, the level meter moves, every track ends on Stop, on leaving the guide and when the
// page is hidden; a denied permission, no device and a portal's frame without
// allow="camera; microphone" are each explained. This run's engine (E2E_ENGINE) with its own
// fake devices (Chromium's fake devices, WebKit's mock capture devices, Firefox's fake
// streams), at 390x844 and 1280x800. Nothing is recorded or sent.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from './server.mjs';
import { DIST } from './hosting.mjs';
import { ENGINE, launch, named, PC, SHOTS } from './engines/index.mjs';
import { audioClockRuns, openGuideOf, startCamera, withBrowser } from './fixtures.mjs';

let server;
let portal;
let browser; // phone, fake camera and microphone allowed
let pc; // the same at 1280x800

before(async () => {
  await mkdir(SHOTS, { recursive: true });
  server = await startServer({ root: DIST });
  const portalRoot = mkdtempSync(join(tmpdir(), 'kenshin-portal-'));
  const iframe = (allow) => `<!doctype html><html lang="en"><meta name="viewport" content="width=device-width">
    <title>portal</title><link rel="icon" href="data:,"><body style="margin:0">
    <iframe ${allow} src="${server.url}?lang=en" style="border:0;width:100%;height:800px" title="kenshin-check"></iframe></html>`;
  await writeFile(join(portalRoot, 'portal.html'), iframe(''));
  await writeFile(join(portalRoot, 'portal-allow.html'), iframe('allow="camera; microphone"'));
  portal = await startServer({ root: portalRoot });
  browser = await launch({ media: 'mock' });
  pc = await launch({ viewport: PC, media: 'mock' });
});
after(async () => {
  await browser?.close();
  await pc?.close();
  await portal?.close();
  await server?.close();
});

/** The guide of the app this file serves, opened in `on`. */
const openGuide = (on = browser, lang = 'ja') => openGuideOf(on, server.url, lang);

const cameraStatus = (target) => target.getAttribute('[data-camera-status]', 'data-camera-status');


const trackStates = (target) => target.evaluate(() => window.e2eTracks.map((track) => `${track.kind}:${track.readyState}`).sort());


test(named('camera and microphone: the preview plays, the meter moves, Stop ends every track'), async (t) => {
  const page = await openGuide(pc, 'ja');
  assert.equal(await cameraStatus(page), 'idle');
  assert.equal(await page.isVisible('#camera-preview'), false, 'nothing is shown before the tap');
  await startCamera(page);
  assert.deepEqual(await trackStates(page), ['audio:live', 'video:live']);

  // The preview has data and has started playing (play() resolves after the first frame, later
  // than readyState on a loaded machine); a preview that never plays is caught below.
  await page.waitForFunction(() => {
    const v = document.querySelector('#camera-preview');
    return v.readyState >= 2 && !v.paused;
  }, undefined, { timeout: 5000 }).catch(() => {});
  const t0 = await page.evaluate(() => document.querySelector('#camera-preview').currentTime);
  const video = await page.evaluate(() => {
    const v = document.querySelector('#camera-preview');
    // The attribute is what iPhone Safari reads; Firefox has no playsInline property.
    return { muted: v.muted, playsInline: v.hasAttribute('playsinline') && (v.playsInline ?? true), paused: v.paused, width: v.videoWidth };
  });
  assert.deepEqual({ ...video, width: video.width > 0 }, { muted: true, playsInline: true, paused: false, width: true });

  const t1 = await page.waitForFunction((t0) => document.querySelector('#camera-preview').currentTime > t0 && document.querySelector('#camera-preview').currentTime, t0, { timeout: 5000 }).catch(() => t0);
  assert.ok(t1 > t0, `currentTime advances (${t0} → ${t1})`);
  const sound = await audioClockRuns(page);
  await t.test('the level meter moves', { skip: !sound && `${ENGINE}: Web Audio is suspended on this machine (no sound device)` }, async () => {
    // The meter sampled (every 20 ms, up to 5 s) until it has shown three levels: the engine's
    // fake microphone makes a sound.
    const levels = await page.evaluate(async () => {
      const meter = document.querySelector('#mic-level');
      const seen = [];
      const end = performance.now() + 5000;
      while ((new Set(seen).size < 3 || Math.max(...seen) <= 0) && performance.now() < end) {
        seen.push(meter.value);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return seen;
    });
    assert.ok(new Set(levels).size >= 3, `the level meter moves: ${levels.join(' ')}`);
    assert.ok(Math.max(...levels) > 0);
  });

  await page.locator('[data-guide-part="camera"]').screenshot({ path: `${SHOTS}${ENGINE}-guide-camera-running-pc-ja.png` });
  await page.click('[data-action="camera-stop"]');
  assert.deepEqual(await trackStates(page), ['audio:ended', 'video:ended']);
  assert.equal(await cameraStatus(page), 'stopped');
  assert.equal(await page.isVisible('#camera-preview'), false);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test(named('camera and microphone stop when the participant goes back to the checker'), async () => {
  const page = await openGuide(browser, 'en');
  await startCamera(page);
  await page.click('[data-nav="checker"]');
  await page.waitForSelector('[data-verdict]', { state: 'visible' });
  assert.deepEqual(await trackStates(page), ['audio:ended', 'video:ended']);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test(named('camera and microphone stop when the page is hidden'), async () => {
  const page = await openGuide(browser, 'ja');
  await startCamera(page);
  await page.evaluate(() => {
    Object.defineProperty(document, 'hidden', { value: true, configurable: true });
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await page.settle();
  assert.deepEqual(await trackStates(page), ['audio:ended', 'video:ended']);
  assert.equal(await cameraStatus(page), 'stopped');
  assert.match(await page.textContent('[data-camera-status]'), /画面から離れた/);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test(named('camera: a denied permission is explained'), async (t) => {
  if (ENGINE === 'webkit') {
    // WebKitGTK 2.50 grants its mock capture devices without a permission request (so the
    // browser's "deny" handler is never asked), and without them getUserMedia fails with
    // NotFoundError (no device) before any permission request: it cannot be made to refuse.
    t.skip(`skipped in ${ENGINE}: WebKitGTK's mock camera is granted without a permission request, and without it there is no device to refuse`);
    return;
  }
  // The engine's fake devices, but every camera and microphone request answered "no".
  await withBrowser({ media: 'deny' }, async (denying) => {
    const page = await openGuide(denying, 'ja');
    await page.click('[data-action="camera-start"]');
    await page.waitForSelector('[data-media-problem]', { timeout: 10_000 });
    assert.equal(await page.getAttribute('[data-media-problem]', 'data-media-problem'), 'denied');
    assert.match(await page.textContent('[data-media-problem]'), /許可されませんでした/);
    assert.equal(await page.getAttribute('[data-media-problem]', 'role'), 'alert');
    assert.equal(await cameraStatus(page), 'failed');
    await page.locator('[data-guide-part="camera"]').screenshot({ path: `${SHOTS}${ENGINE}-guide-camera-denied-phone-ja.png` });
    assert.deepEqual(page.errors, []);
  });
});

test(named('camera: no device found is explained'), async () => {
  const noDevice = `MediaDevices.prototype.getUserMedia = () => Promise.reject(new DOMException('Requested device not found', 'NotFoundError'));`;
  await withBrowser({ media: 'mock', initScripts: [noDevice] }, async (own) => {
    const page = await openGuide(own, 'en');
    await page.click('[data-action="camera-start"]');
    await page.waitForSelector('[data-media-problem="no-device"]');
    assert.match(await page.textContent('[data-media-problem]'), /No camera or microphone was found/);
    assert.deepEqual(page.errors, []);
  });
});

/** The app inside a cross-origin iframe: a portal page served from
 * http://localhost:<another port>, the app from http://127.0.0.1. */
async function framed(on, allow) {
  const page = await on.newPage();
  const name = allow ? 'portal-allow.html' : 'portal.html';
  await page.goto(`http://localhost:${new URL(portal.url).port}/${name}`);
  const frame = await page.frame(server.url);
  await frame.waitForSelector('[data-verdict]');
  await frame.click('[data-nav="guide"]');
  await frame.waitForSelector('[data-section="guide"]');
  return { page, frame };
}

test(named('camera in a portal iframe without allow: tells the operator what to add'), async () => {
  await withBrowser({ media: 'mock', waitForLoad: true }, async (own) => {
    const { page, frame } = await framed(own, null);
    await frame.click('[data-action="camera-start"]');
    await frame.waitForSelector('[data-media-problem]');
    // Where the engine tells a document its permissions policy (Chromium), the app knows it is
    // the missing allow; where it does not (Safari, Firefox), a refusal in a frame may be either.
    const says = await frame.evaluate(() => ['permissionsPolicy', 'featurePolicy'].some((name) => typeof document[name]?.allowsFeature === 'function'));
    assert.equal(await frame.getAttribute('[data-media-problem]', 'data-media-problem'), says ? 'framed' : 'denied-or-framed');
    assert.match(await frame.textContent('[data-operator-note="iframe-allow"]'), /allow="camera; microphone"/);
    const newTab = frame.locator('[data-media-problem] a');
    assert.equal(await newTab.getAttribute('target'), '_blank');
    assert.equal(new URL(await newTab.getAttribute('href')).origin, server.origin);
    // What the participant sees in the portal (WebKit cannot screenshot an element inside a frame).
    await frame.locator('[data-media-problem]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}${ENGINE}-guide-camera-framed-phone-en.png` });
    // WebKit reports the refusal this test provokes on the console, in its own words; nothing else.
    const refusal = [/^Permission policy '(?:Camera|Microphone)' check failed for document with origin 'http:\/\/127\.0\.0\.1:\d+'\.$/, /^Not allowed to call getUserMedia\.$/];
    assert.deepEqual(page.errors.filter((text) => !(ENGINE === 'webkit' && refusal.some((re) => re.test(text)))), []);
  });
});

test(named('camera in a portal iframe with allow="camera; microphone" works'), async () => {
  await withBrowser({ media: 'mock', waitForLoad: true }, async (own) => {
    const { page, frame } = await framed(own, 'camera; microphone');
    await startCamera(frame);
    assert.deepEqual(await trackStates(frame), ['audio:live', 'video:live']);
    await frame.click('[data-action="camera-stop"]');
    assert.deepEqual(await trackStates(frame), ['audio:ended', 'video:ended']);
    assert.deepEqual(page.errors, []);
  });
});

