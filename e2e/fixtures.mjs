// What the end-to-end tests share to put the app in a state: a browser of a test's own, a page
// opened (the app usable, or until what the test waits for), the app installed for offline use
// in a fresh browser, the guide opened, the camera started and its level meter, the controls
// filled. Engine-neutral (e2e/engines/).
import { after, before } from 'node:test';
import { mkdir } from 'node:fs/promises';
import { startServer } from './server.mjs';
import { assertBuilt, DIST, pageQuiet, recordRequests, serveApp, serviceWorkerReady } from './hosting.mjs';

/**
 * The build served for the whole test file, from before its first test to after its last:
 * with the real headers (hosting.mjs serveApp `options`), or `plain`, e2e/server.mjs alone.
 * Its fields (url, origin, requests) are there once the file's tests run.
 */
export function serveForFile({ plain = false, ...options } = {}) {
  const server = {};
  before(async () => {
    assertBuilt();
    Object.assign(server, await (plain ? startServer({ root: DIST, ...options }) : serveApp(options)));
  });
  after(async () => server.close?.());
  return server;
}

/** A browser (e2e/engines/ `launch` options) for the whole test file, likewise; screenshots may be written. */
export function launchForFile(options) {
  const browser = {};
  before(async () => {
    const { launch, SHOTS } = await import('./engines/index.mjs');
    await mkdir(SHOTS, { recursive: true });
    Object.assign(browser, await launch(options));
  });
  after(async () => browser.close?.());
  return browser;
}

/** Runs `work` with a browser of its own (e2e/engines/ `launch` options), closed afterwards. */
export async function withBrowser(options, work) {
  const { launch } = await import('./engines/index.mjs');
  const own = await launch(options);
  try {
    return await work(own);
  } finally {
    await own.close();
  }
}

/**
 * For the whole test file: a browser per set of launch options, shared by the file's tests that
 * ask for the same ones (launched at the first ask, closed after the file's last test). For
 * tests that need a launch option of their own (a user agent, an init script) but not a fresh
 * browser: each serves the app on an origin of its own, so no storage, cache or service worker
 * is shared, and each closes its pages. Returns `(options) => browser`.
 */
export function browsersForFile() {
  const launched = new Map();
  after(async () => {
    for (const browser of launched.values()) await browser.then((b) => b.close(), () => {});
  });
  return async (options = {}) => {
    const key = JSON.stringify(options);
    if (!launched.has(key)) {
      const { launch } = await import('./engines/index.mjs');
      launched.set(key, launch(options));
    }
    return launched.get(key);
  };
}

/** Opens `url` in a new page of `browser`; with `until`, waits until that selector matches. */
export async function openPage(browser, url, until) {
  const page = await browser.newPage();
  await page.goto(url);
  if (until) await page.waitForSelector(until);
  return page;
}

/** Opens the app at `url` in a new page, waits until the checker is usable, and fills `values` (fillControls). */
export async function openApp(browser, url, values = {}) {
  const page = await openPage(browser, url, '[data-verdict]');
  await fillControls(page, values);
  return page;
}

/**
 * A fresh browser (a first visit) with the app at `url` loaded, its service worker in control
 * and the network quiet: { browser, page, cdp }. Every request of the browser goes through its
 * recording proxy (`browser.proxy`); in Chromium, CDP records them too (`cdp`, hosting.mjs
 * recordRequests), the service worker's answers from its cache included. The caller closes
 * the browser.
 */
export async function openInstalled(url) {
  const { launch, ENGINE } = await import('./engines/index.mjs');
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const cdp = ENGINE === 'chromium' ? await recordRequests(browser.backend.playwright.context, page.backend.playwright) : null;
    await page.goto(url);
    await page.waitForSelector('[data-verdict]');
    await serviceWorkerReady(page);
    await pageQuiet(browser.proxy);
    await cdp?.settle();
    return { browser, page, cdp };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/** Opens the app at `url` in `browser` and goes to the guide with its navigation button, as a participant does. */
export async function openGuideOf(browser, url, lang = 'ja') {
  const page = await openApp(browser, `${url}?lang=${lang}`);
  await page.click('[data-nav="guide"]');
  await page.waitForSelector('[data-section="guide"]');
  return page;
}

/** Waits, inside the page (10 ms polling), until the level meter shows more than `above`. */
export const meterAbove = (target, above, ms = 10_000) => target.evaluate((above, ms) => new Promise((resolve, reject) => {
  const end = Date.now() + ms;
  const poll = () => {
    const value = Number(document.querySelector('#mic-level').value);
    if (value > above) resolve(value);
    else if (Date.now() > end) reject(new Error(`the meter stayed at or below ${above} (last ${value})`));
    else setTimeout(poll, 10);
  };
  poll();
}), above, ms);

/**
 * Whether Web Audio runs here at all: headless Firefox on a machine without a sound device
 * keeps every AudioContext suspended (currentTime 0), so no level meter can move there.
 */
export const audioClockRuns = (target) => target.evaluate(async () => {
  const context = new AudioContext();
  context.resume(); // never settles where the context stays suspended
  // Polled: where Web Audio runs, its clock moves within a few frames. That it stays at 0 can
  // only be seen over time: 800 ms, which is what this probe is for.
  const runs = () => context.state === 'running' && context.currentTime > 0;
  const end = performance.now() + 800;
  while (!runs() && performance.now() < end) await new Promise((r) => setTimeout(r, 10));
  const ran = runs();
  await context.close();
  return ran;
});

/** Taps "start" and waits until the preview is live; the test keeps the tracks (in the
 * document's window: the app itself exposes nothing) to check that they end. */
export async function startCamera(target) {
  await target.click('[data-action="camera-start"]');
  await target.waitForSelector('[data-camera-status="running"]', { timeout: 10_000 });
  await target.evaluate(() => { window.e2eTracks = document.querySelector('#camera-preview').srcObject.getTracks(); });
}

/** A checkup in which no value meets a criterion: the form's own normal (docs/product.md, "Programme criteria"). */
export const NORMAL = { systolic_bp: '128', diastolic_bp: '82', glucose: '98', hba1c: '5.6', ast: '22', alt: '25', ggt: '40' };

/** The questionnaire's ticks (core/src/names/control.rs), which are checkboxes by their id. */
const TICKS = ['smoker', 'med_bp', 'med_glucose', 'med_lipids'];

/**
 * A 58-year-old man's checkup as a participant types it, with values in every band (and in
 * none): blood pressure and HbA1c past the ※1 limits, the liver, lipids and waist between the
 * national limits, creatinine for the eGFR estimate, and HDL where lower is worse.
 */
export const TYPICAL = {
  sex: 'male', age: '58', systolic_bp: '186', diastolic_bp: '104', hba1c: '7.9', ast: '45', alt: '61', ggt: '120',
  creatinine: '1.1', waist: '92', triglycerides: '210', hdl: '38', ldl: '150',
};

/**
 * Opens the folded part of the page (a `<details class="fold">`: the national bands) that holds
 * the control named `id`, as a participant does: by tapping its heading. Nothing if it is open.
 */
export async function openFoldOf(page, id) {
  const folded = await page.evaluate((id) => Boolean(document.getElementsByName(id)[0]?.closest('details:not([open])')), id);
  if (folded) await page.click(`section:has([name="${id}"]) > details > summary`);
}

/** Sets each control `id` to `value` as a participant does: radios and ticks by tapping, the select by choosing, fields by typing. */
export async function fillControls(page, values) {
  for (const [id, value] of Object.entries(values)) {
    // A control in a folded part (the national bands): the participant opens it first.
    await openFoldOf(page, id);
    if (id === 'sex' || id.endsWith('_timing')) await page.check(`input[name=${id}][value=${value}]`);
    else if (TICKS.includes(id)) await page.check(`#${id}`);
    else if (id === 'urine_protein') await page.selectOption('#urine_protein', value);
    else await page.fill(`#${id}`, value);
  }
}

/** What a print shows (under `emulateMedia({ media: 'print' })`): the page's text as laid out, without what is not displayed. */
export const printedText = (page) => page.evaluate(() => document.body.innerText);

/**
 * What a print shows of `main` besides the summary of the values (`[data-summary]`): the id or
 * class of each other child of main that is displayed. The printed sheet is `.print-summary`
 * (outside main) followed by the summary, so this is empty.
 */
export const printedBesideSummary = (page) => page.evaluate(() => [...document.querySelectorAll('main > *')]
  .filter((el) => !el.matches('[data-summary]'))
  .filter((el) => {
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && (el.checkVisibility?.() ?? true);
  })
  .map((el) => el.id || el.className || el.tagName));
