// "Keep my values on this device" where the browser refuses to keep them
// (docs/product.md, "Privacy rules"): a portal's cross-site frame with third-party
// storage blocked (reading localStorage throws SecurityError), a full storage or a
// private mode (setItem throws QuotaExceededError), or a write that fails later. The box
// never claims what did not happen: it is unticked again and says so next to it, in the
// page's language; the checker keeps judging. In this run's engine (E2E_ENGINE).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ENGINE, SHOTS, named } from './engines/index.mjs';
import { openApp, serveForFile, withBrowser } from './fixtures.mjs';

const READ_REFUSED = `Object.defineProperty(window, 'localStorage', { configurable: true, get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });`;
const WRITE_REFUSED = `Storage.prototype.setItem = function () { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };`;

const server = serveForFile();

/** What the keep box says: ticked or not, and the refusal next to it. */
const keepState = (page) => page.evaluate(() => ({
  ticked: document.getElementById('keep_values').checked,
  refused: document.querySelector('[data-keep-refused]')?.textContent ?? null,
  verdict: document.querySelector('[data-verdict]')?.dataset.verdict,
}));

for (const [why, script] of [['reading storage throws (third-party storage blocked)', READ_REFUSED], ['writing throws (a full storage, a private mode)', WRITE_REFUSED]]) {
  test(named(`where ${why}, "keep" says it cannot keep and is unticked; the checker keeps judging`), async () => {
    await withBrowser({ initScripts: [script] }, async (browser) => {
      for (const [lang, words] of [['ja', /保存できません/], ['en', /does not let the values be kept/]]) {
        const page = await openApp(browser, `${server.url}?lang=${lang}`);
        await page.fill('#systolic_bp', '186');
        await page.check('#keep_values').catch(() => {}); // the box unticks itself again
        await page.waitForSelector('[data-keep-refused]', { timeout: 5000 });
        const state = await keepState(page);
        assert.equal(state.ticked, false, 'the box does not claim the values are kept');
        assert.match(state.refused, words);
        assert.equal(state.verdict, 'see-doctor-first');
        assert.deepEqual(page.errors, [], 'no console error');
        await page.locator('[data-keep-refused]').scrollIntoViewIfNeeded();
        if (script === WRITE_REFUSED) await page.screenshot({ path: `${SHOTS}${ENGINE}-keep-refused-${lang}.png` });
        await page.close();
      }
    });
  });
}

// A write that fails after keeping worked is said at that moment: tests/checker.rs
// a_later_write_that_fails_is_said_at_that_moment (the same refusing setItem, in the component).
