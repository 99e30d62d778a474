// A portal that frames the app in a strict sandbox (hosting/README.md, "Sandbox"):
// `sandbox="allow-scripts"` without allow-same-origin gives the app an opaque origin
// (null), so every file it loads is a cross-origin request, and it has no storage and
// no offline worker. Served with the real headers (the app's files readable from any
// origin), the app runs there and decides in Chromium and Firefox. WebKit (Safari, every
// iPhone browser) matches the policy's 'self' against the opaque origin, which matches
// nothing: it refuses the app's files, and the page for where the app cannot run shows
// within 5 s, with a way out (the checker in a new tab), as it does everywhere from a host
// that does not let any origin read the files. In this run's engine (E2E_ENGINE).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ENGINE, SHOTS, launch, named } from './engines/index.mjs';
import { startServer } from './server.mjs';
import { BROWSER_REPORTS, assertBuilt, serveApp } from './hosting.mjs';

const SNIPPET = 'allow-scripts allow-same-origin allow-modals allow-popups allow-popups-to-escape-sandbox allow-downloads';
const SANDBOXES = ['allow-scripts', 'allow-scripts allow-forms', SNIPPET];

let app; // the app, with the real headers; the portal may frame it
let oldHost; // the same, without the header that lets any origin read its files
let portal;
let browser;

before(async () => {
  assertBuilt();
  const root = mkdtempSync(join(tmpdir(), 'kenshin-sandbox-'));
  portal = await startServer({ root });
  app = await serveApp({ parents: [portal.origin] });
  oldHost = await serveApp({ parents: [portal.origin], cors: false });
  // portal-<n>.html frames `src` with the n-th sandbox; the app's address comes in the query.
  const page = (sandbox) => `<!DOCTYPE html><html lang="ja"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>portal</title>
    <style>body{margin:0}iframe{border:0;width:100%;height:100vh;display:block}</style>
    <iframe id="kenshin-check" sandbox="${sandbox}" title="kenshin-check"></iframe>
    <script>document.getElementById('kenshin-check').src = new URLSearchParams(location.search).get('src');</script>`;
  SANDBOXES.forEach((sandbox, i) => writeFileSync(join(root, `portal-${i}.html`), page(sandbox)));
  browser = await launch();
});
after(async () => {
  await browser?.close();
  for (const server of [app, oldHost, portal]) await server?.close();
});

/** The portal page framing `src` with the i-th sandbox, and the app's frame in it. */
async function framed(i, src) {
  const page = await browser.newPage();
  await page.goto(`${portal.url}portal-${i}.html?src=${encodeURIComponent(src)}`);
  const frame = await page.frame(src.split('?')[0]);
  return { page, frame };
}

/** Console errors that are the app's (its files, its words), not the portal's, nor the browser's report of a file it refused. */
const ours = (page, origin) => page.errors.filter((e) => (e.includes(origin) || /kenshin/i.test(e)) && !BROWSER_REPORTS.test(e));

/** How a page in an opaque origin ends, by engine (measured; the header above says why). */
const OPAQUE_ENDS = { chromium: 'checker', firefox: 'checker', webkit: 'no-wasm' };

for (const [i, sandbox] of SANDBOXES.entries()) {
  const opaque = !sandbox.includes('allow-same-origin');
  if (opaque && OPAQUE_ENDS[ENGINE] === 'no-wasm') {
    test(named(`framed with sandbox="${sandbox}": ${ENGINE} refuses the app's files there, and the page for where the app cannot run shows within 5 s`), async () => {
      const { page, frame } = await framed(i, `${app.url}?lang=en`);
      try {
        await frame.waitForSelector('[data-no-wasm]:not([hidden])', { timeout: 5000 });
        assert.equal(await frame.evaluate(() => self.origin), 'null');
        assert.ok(await frame.evaluate(() => document.querySelector('[data-no-wasm-lang=en] .open-in-tab a')?.getClientRects().length > 0), 'with the way out');
        assert.deepEqual(ours(page, app.origin), [], 'no console error of ours');
        await page.screenshot({ path: `${SHOTS}${ENGINE}-sandboxed-en.png` });
      } finally {
        await page.close();
      }
    });
    continue;
  }
  test(named(`framed with sandbox="${sandbox}": the app runs and decides`), async () => {
    const { page, frame } = await framed(i, `${app.url}?lang=en`);
    try {
      await frame.waitForSelector('[data-verdict]', { timeout: 5000 });
      const systolic = frame.locator('#systolic_bp');
      await systolic.click();
      await systolic.type('186');
      await frame.waitForFunction(() => document.querySelector('[data-verdict]')?.dataset.verdict === 'see-doctor-first', null, { timeout: 5000 });
      const origin = await frame.evaluate(() => self.origin);
      assert.equal(origin === 'null', opaque, 'the origin the sandbox gives');
      assert.deepEqual(ours(page, app.origin), [], 'no console error of ours');
      if (i === 0) {
        for (const lang of ['ja', 'en']) {
          await frame.evaluate((code) => document.querySelector(`.lang-toggle[lang="${code}"]`)?.click(), lang);
          await frame.waitForFunction((code) => document.documentElement.lang === code, lang);
          await page.screenshot({ path: `${SHOTS}${ENGINE}-sandboxed-${lang}.png` });
        }
      }
    } finally {
      await page.close();
    }
  });
}

for (const lang of ['ja', 'en']) {
  test(named(`from a host whose files cannot be read from a sandbox, the page for where the app cannot run shows within 5 s (${lang})`), async () => {
    const { page, frame } = await framed(0, `${oldHost.url}?lang=${lang}`);
    try {
      await frame.waitForSelector('[data-no-wasm]:not([hidden])', { timeout: 5000 });
      const shown = await frame.evaluate(() => {
        const visible = (e) => e.getClientRects().length > 0;
        const block = [...document.querySelectorAll('[data-no-wasm-lang]')].filter(visible);
        const way = block[0]?.querySelector('.open-in-tab a');
        return {
          blocks: block.map((b) => b.dataset.noWasmLang),
          criteria: block[0]?.querySelectorAll('.criteria-list li').length ?? 0,
          tel: [...(block[0]?.querySelectorAll('a[href^="tel:"]') ?? [])].length,
          way: way && visible(way) ? { href: way.href, target: way.target } : null,
          loading: Boolean(document.getElementById('loading')),
        };
      });
      assert.deepEqual(shown.blocks, [lang], 'in the page\'s language');
      assert.ok(shown.criteria >= 8, 'the ※1 criteria, to compare by hand');
      assert.equal(shown.tel, 1, 'the counsellor\'s number');
      assert.deepEqual(shown.way, { href: `${oldHost.url}?lang=${lang}`, target: '_blank' }, 'the checker in a new tab, at its own address');
      assert.equal(shown.loading, false, 'not "loading" for ever');
      await page.screenshot({ path: `${SHOTS}${ENGINE}-sandbox-blocked-${lang}.png` });
    } finally {
      await page.close();
    }
  });
}
