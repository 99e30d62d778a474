// The engines every end-to-end test runs in, behind one API (page.mjs): Chromium, WebKit
// (iPhone and iPad Safari's engine) and Firefox. `E2E_ENGINE` picks the engine of a run
// (scripts/test runs the suite once per engine listed in `ENGINES`).
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { Page, Unsupported } from './page.mjs';

export { Unsupported };
import { startProxy } from './proxy.mjs';

export const ENGINE_NAMES = ['chromium', 'webkit', 'firefox'];
export const ENGINE = process.env.E2E_ENGINE ?? 'chromium';
if (!ENGINE_NAMES.includes(ENGINE)) throw new Error(`E2E_ENGINE=${ENGINE}: not one of ${ENGINE_NAMES.join(', ')}`);

export const PHONE = { width: 390, height: 844 };
export const PC = { width: 1280, height: 800 };
export const SHOTS = new URL('../../target/screenshots/', import.meta.url).pathname;

const backends = {
  chromium: () => import('./chromium.mjs'),
  webkit: () => import('./webkit.mjs'),
  firefox: () => import('./firefox.mjs'),
};

/**
 * A browser of this run's engine, every request through its own recording proxy.
 * viewport: PHONE (default) or PC; userAgent; touchPoints (navigator.maxTouchPoints, what
 * tells an iPad in desktop mode from a Mac); initScripts: sources run before the page's own;
 * media: 'mock' (fake camera and microphone, allowed) or 'deny'. waitForLoad (default true):
 * navigation returns only once the page has loaded. Only WebKit's driver distinguishes it: at
 * DOMContentLoaded (false), a command that arrives while the page is still loading sometimes never
 * returns in WebKitGTK 2.50 (seen in about 1 in 6 loads of the app); false only for a test that
 * must act before the load ends (the wasm held back). chromiumArgs: extra command-line switches
 * for Chromium (the others ignore them).
 */
export async function launch({ viewport = PHONE, userAgent, touchPoints, initScripts = [], media, waitForLoad = true, chromiumArgs } = {}) {
  const proxy = await startProxy();
  const scripts = [...initScripts];
  if (touchPoints !== undefined) {
    scripts.unshift(`Object.defineProperty(Navigator.prototype, 'maxTouchPoints', { get: () => ${Number(touchPoints)}, configurable: true });`);
  }
  const { launch: start } = await backends[ENGINE]();
  let browser;
  try {
    browser = await start({ viewport, scale: viewport.width < 600 ? 2 : 1, userAgent, initScripts: scripts, proxy: proxy.url, media, waitForLoad, chromiumArgs });
  } catch (error) {
    await proxy.close();
    throw error;
  }
  const pages = [];
  return {
    engine: ENGINE,
    proxy,
    backend: browser,
    async newPage() {
      const page = new Page(await browser.newPage(), ENGINE);
      pages.push(page);
      return page;
    },
    async close() {
      await browser.close();
      await proxy.close();
    },
  };
}

/** The verdict the result region shows (docs/product.md, "Stable hooks"). */
export const verdict = (page) => page.getAttribute('[data-verdict]', 'data-verdict');

/** A test name that says which engine it ran in. */
export const named = (name) => `[${ENGINE}] ${name}`;

let axeSource; // read on first use, not by every importer of this file

/** axe-core's violations on the page (or frame), one line each: "rule: targets". */
export async function axeViolations(target) {
  axeSource ??= readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
  await target.evaluate(`(() => { ${axeSource}\n; return typeof axe; })()`);
  return target.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] })
    .then((result) => result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)));
}

/** The number of pages in a PDF, also where the page objects sit in compressed object streams (Firefox). */
export function pdfPages(pdf) {
  const text = pdf.toString('latin1');
  let all = text;
  for (const m of text.matchAll(/stream\r?\n/g)) {
    const start = m.index + m[0].length;
    const end = text.indexOf('endstream', start);
    try { all += inflateSync(pdf.subarray(start, end)).toString('latin1'); } catch { /* not deflated, or not an object stream */ }
  }
  return (all.match(/\/Type\s*\/Page(?![a-z])/g) || []).length;
}
