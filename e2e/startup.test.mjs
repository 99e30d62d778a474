// Every way the start can fail ends, within a few seconds, in a page that helps: the working
// checker or the page for where the app cannot run, in the page's language, with no console
// error of ours (docs/product.md, "When the start fails": one row of its table per test
// here). Each failure is made for real: the server answers a file wrong or not at all, or
// the page's WebAssembly API fails as a browser's would. The page's language is English
// (`?lang=en`), so that the default would be the wrong one. In this run's engine (E2E_ENGINE).
// Two rows are proved elsewhere: WebAssembly missing (e2e/no-wasm.test.mjs, in Chromium also
// with its JIT off) and the loader blocked by a portal's sandbox (e2e/sandbox.test.mjs).
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { ENGINE, named } from './engines/index.mjs';
import { browsersForFile } from './fixtures.mjs';
import { BROWSER_REPORTS, assertBuilt, serveApp } from './hosting.mjs';

const gone = () => {
  throw new Error('not here'); // the test server answers 404
};
const tampered = (body) => Buffer.concat([Buffer.from(body), Buffer.from('\n// changed\n')]);
const truncated = (body) => body.subarray(0, Math.floor(body.length / 2));

/** Each failure: how it is made (a file the server answers wrong, or a script run before the page's), and how the page must end. */
const ROWS = [
  { failure: 'the loader is missing (404)', file: /^loader-/, answer: gone, ends: 'no-wasm' },
  { failure: 'the loader is changed (its integrity fails)', file: /^loader-/, answer: tampered, ends: 'no-wasm' },
  { failure: 'the app\'s JS is missing (404)', file: /^kenshin-check-[0-9a-f]+\.js$/, answer: gone, ends: 'no-wasm' },
  { failure: 'the app\'s JS is changed (its integrity fails)', file: /^kenshin-check-[0-9a-f]+\.js$/, answer: tampered, ends: 'no-wasm' },
  { failure: 'the WebAssembly is missing (404)', file: /_bg\.wasm$/, answer: gone, ends: 'no-wasm' },
  { failure: 'the WebAssembly is cut short (its integrity fails)', file: /_bg\.wasm$/, answer: truncated, ends: 'no-wasm' },
  {
    failure: 'compiling the WebAssembly fails',
    script: `WebAssembly.compileStreaming = WebAssembly.compile = () => Promise.reject(new WebAssembly.CompileError('failed to compile (test)'));`,
    ends: 'no-wasm',
  },
  {
    failure: 'instantiating it fails',
    script: `WebAssembly.instantiate = () => Promise.reject(new WebAssembly.LinkError('failed to instantiate (test)'));`,
    ends: 'no-wasm',
  },
  {
    // As e2e/recovery.test.mjs does: a call out of the wasm throws a WebAssembly.RuntimeError,
    // which unwinds through it as a trap does; here once, in the app's first render.
    failure: 'a trap during the first render',
    script: `(() => {
      const set = Element.prototype.setAttribute;
      let armed = true;
      Element.prototype.setAttribute = function (name, value) {
        if (armed && name === 'data-verdict') {
          armed = false;
          throw new WebAssembly.RuntimeError('unreachable (test)');
        }
        return set.call(this, name, value);
      };
    })();`,
    // The trap, and what its unwinding leaves behind: the app's panic message where the
    // failed call was expected to succeed, and traps (each engine words them its way).
    forced: /unreachable|^panicked at /i,
    ends: 'checker or no-wasm',
  },
  { failure: 'the offline worker fails to install', file: /^sw\.js$/, answer: () => 'throw new Error("broken worker (test)");', ends: 'checker' },
];

before(() => assertBuilt());
const browserWith = browsersForFile();

/** How the page ended: 'checker' (it decides), 'no-wasm' (the page for where it cannot run), or null yet. */
const ending = (page) => page.evaluate(() => {
  const noWasm = document.querySelector('[data-no-wasm]');
  if (noWasm && !noWasm.hidden && document.documentElement.hasAttribute('data-cannot-run')) return 'no-wasm';
  return document.querySelector('[data-verdict]') && !document.getElementById('first-view')?.contains(document.querySelector('[data-verdict]')) ? 'checker' : null;
}).catch(() => null);

for (const row of ROWS) {
  test(named(`${row.failure}: ${row.ends === 'checker' ? 'the checker works' : row.ends === 'no-wasm' ? 'the page for where the app cannot run' : 'the checker or the page for where it cannot run'}, in English, within 5 s`), async () => {
    const server = await serveApp({ transform: row.file ? (path, body) => (row.file.test(path) ? row.answer(body) : undefined) : undefined });
    // Rows that fail a file share one browser: each serves the app on an origin of its own.
    const tab = await browserWith({ initScripts: row.script ? [row.script] : [] });
    const page = await tab.newPage();
    try {
      await page.goto(`${server.url}?lang=en`);
      const end = Date.now() + 5000;
      let ended = null;
      while (!ended && Date.now() < end) {
        ended = await ending(page);
        if (!ended) await new Promise((r) => setTimeout(r, 100));
      }
      assert.ok(ended && row.ends.split(' or ').includes(ended), `ended as ${ended}, not ${row.ends}`);
      if (row.ends.includes(' or ')) console.log(`  ${ENGINE}: ${row.failure}: ended as ${ended}`);
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
      if (ended === 'no-wasm') {
        const shown = await page.evaluate(() => [...document.querySelectorAll('[data-no-wasm-lang]')].filter((b) => b.getClientRects().length).map((b) => b.dataset.noWasmLang));
        assert.deepEqual(shown, ['en'], 'in the page\'s language');
        assert.equal(await page.count('#loading'), 0, 'not "Loading…" for ever');
      } else {
        await page.fill('#systolic_bp', '186');
        await page.waitForSelector('[data-verdict="see-doctor-first"]', { timeout: 5000 });
      }
      const ours = page.errors.filter((e) => !BROWSER_REPORTS.test(e) && !(row.forced?.test(e)));
      assert.deepEqual(ours, [], 'no console error of ours');
    } finally {
      await page.close();
      await server.close();
    }
  });
}
