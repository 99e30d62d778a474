// When the app's WebAssembly fails while the participant types (a trap, or a
// panic, which is a trap with panic = "abort"), the page must never keep showing
// the verdict from before the keystroke: the loader takes the verdict down at
// once and restarts the app from what the page holds, so nothing typed is lost.
// In this run's engine (E2E_ENGINE): the participants with the trap are on iPhones.
//
// The failure is forced: a getter on HTMLInputElement.prototype.value throws a
// WebAssembly.RuntimeError once, so the app's input callback unwinds through the
// wasm mid-update, exactly as a trap does. The getter is armed by the keystroke that
// makes the field hold the new text (a capturing 'input' listener that runs before the
// app's): typing is key by key here, and the test's own reads before it must not trip it.
//
// The restart imports the wasm-bindgen glue again under a new fragment
// (`glue.js#restart-N`, scripts/post_build.mjs): that it is a fresh module with fresh
// state is what each engine proves here by the app working again after the restart.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BROWSER_OWN } from './engines/proxy.mjs';
import { named, verdict } from './engines/index.mjs';
import { listRequests } from './hosting.mjs';
import { NORMAL, fillControls, openInstalled, serveForFile } from './fixtures.mjs';

const STOPPED = {
  ja: { restarting: /判定を表示できません。.*再開しています/, reload: /判定を表示できません。.*ページを再読み込み/ },
  en: { restarting: /No result: the check stopped\. It is restarting/, reload: /No result: the check stopped\..*reload the page/ },
};

const server = serveForFile();

/**
 * A fresh browser with the app loaded and its service worker in control (fixtures.mjs
 * openInstalled). `page.errors` holds console errors (a Content-Security-Policy violation,
 * the served headers being the real ones, is one of these) and uncaught exceptions.
 */
const open = (lang) => openInstalled(`${server.url}?lang=${lang}`);

/** What the page fetched (Resource Timing: from the network or from its service worker). */
const fetched = (page) => page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));

const fill = fillControls;

/**
 * Once #`id` holds `text` (the keystroke that completes it), the next read of an input's
 * value, by the app, throws a WebAssembly.RuntimeError (then the getter is the browser's
 * again). What the page shows is recorded in the same task, by an error listener that runs
 * after the loader's, and again at the next animation frame, before anything is painted;
 * `stale` is the verdict shown just before that keystroke.
 */
async function trapOnNextRead(page, id, text) {
  await page.evaluate((id, text) => {
    const proto = HTMLInputElement.prototype;
    const original = Object.getOwnPropertyDescriptor(proto, 'value');
    const arm = (event) => {
      if (event.target.id !== id || original.get.call(event.target) !== text) return;
      removeEventListener('input', arm, true);
      window.stale = document.querySelector('[data-verdict]')?.dataset.verdict ?? null;
      Object.defineProperty(proto, 'value', {
        configurable: true,
        set: original.set,
        get() {
          Object.defineProperty(proto, 'value', original);
          throw new WebAssembly.RuntimeError('forced trap');
        },
      });
    };
    addEventListener('input', arm, true);
    const shown = () => ({
      verdicts: [...document.querySelectorAll('[data-verdict]')].map((e) => e.dataset.verdict),
      stopped: [...document.querySelectorAll('[data-app-stopped]')].map((e) => e.textContent),
      barColour: document.querySelector('.verdict-bar')?.getAttribute('data-verdict-bar') ?? null,
      scrollY,
    });
    window.trapped = new Promise((resolve) => {
      addEventListener('error', () => {
        const now = shown();
        requestAnimationFrame(() => resolve({ now, frame: shown(), stale: window.stale }));
      }, { once: true });
    });
  }, id, text);
}

/** Types `text` into #`id`; its last keystroke traps. */
async function typeAndTrap(page, id, text) {
  await trapOnNextRead(page, id, text);
  await page.fill(`#${id}`, text);
  return page.evaluate(() => window.trapped);
}

/**
 * The one error of a forced trap, as each engine's driver words an uncaught exception:
 * "RuntimeError: forced trap" (Chromium), "Error: RuntimeError: forced trap" (Firefox:
 * puppeteer wraps a BiDi exception in an Error), "RuntimeError: forced trap" (WebKit's console).
 */
const TRAP_ERROR = /^(Error: )?RuntimeError: forced trap$/;

const value = (page, id) => page.evaluate((id) => document.getElementById(id).value, id);
const focus = (page) => page.evaluate(() => ({
  id: document.activeElement?.id, start: document.activeElement?.selectionStart, end: document.activeElement?.selectionEnd,
}));

for (const lang of ['ja', 'en']) {
  test(named(`a trap while typing: the old verdict goes at once, the app restarts with every value and the focus (${lang})`), async () => {
    const { browser, page, cdp } = await open(lang);
    try {
      await fill(page, NORMAL);
      assert.equal(await verdict(page), 'may-start');
      const served = server.requests.length;
      const mark = browser.proxy.mark();
      const cdpMark = cdp?.mark();
      const fetchedBefore = (await fetched(page)).length;

      const { now, frame, stale } = await typeAndTrap(page, 'systolic_bp', '185');
      assert.ok(stale, `a verdict was shown before the keystroke: ${stale}`);
      for (const [when, shown] of [['in the same task', now], ['at the next frame', frame]]) {
        assert.ok(!shown.verdicts.includes('may-start'), `${when}: the stale verdict is not claimed: ${JSON.stringify(shown)}`);
        if (stale !== 'see-doctor-first') assert.ok(!shown.verdicts.includes(stale), `${when}: the verdict from before the keystroke (${stale}) is not claimed: ${JSON.stringify(shown)}`);
        if (shown.stopped.length) {
          assert.deepEqual(shown.verdicts, [], `${when}: no verdict while stopped`);
          for (const text of shown.stopped) assert.match(text, STOPPED[lang].restarting, when);
          assert.equal(shown.barColour, null, `${when}: the bar lost its verdict colour`);
        } else {
          assert.deepEqual(shown.verdicts, ['see-doctor-first'], `${when}: already restarted, with the new value`);
        }
      }
      assert.ok(now.stopped.length >= 2, `in the same task the result and the bar say it stopped: ${JSON.stringify(now)}`);

      await page.waitForSelector('[data-verdict="see-doctor-first"]');
      assert.equal(await verdict(page), 'see-doctor-first', 'the keystroke that trapped counts');
      assert.match(await page.textContent('[data-flag="systolic_bp"]'), /185/);
      for (const [id, typed] of Object.entries({ ...NORMAL, systolic_bp: '185' })) assert.equal(await value(page, id), typed, id);
      assert.deepEqual(await focus(page), { id: 'systolic_bp', start: 3, end: 3 }, 'focus and caret where they were');
      assert.equal(await page.evaluate(() => scrollY), now.scrollY, 'the page did not move');
      assert.equal(await page.getAttribute('html', 'lang'), lang);
      assert.equal(await page.evaluate(() => document.querySelectorAll('[data-app-stopped]').length), 0);

      // Typing goes on in the new instance.
      await page.fill('#systolic_bp', '128');
      assert.equal(await verdict(page), 'may-start');

      // The server saw nothing: the only fetch after load is the restart's import of
      // the wasm-bindgen glue (a fixed URL: it carries nothing typed), answered by the
      // service worker from its cache. The page's own account (Resource Timing) lists
      // what it fetched, from the network or its service worker; the proxy, what left
      // the browser (nothing but the browser's own calls to its vendor).
      await browser.proxy.settle();
      assert.deepEqual(server.requests.slice(served), [], 'no request reached the server');
      const network = browser.proxy.since(mark).filter((r) => !BROWSER_OWN(r));
      assert.deepEqual(network, [], 'no request left the browser');
      const after = (await fetched(page)).slice(fetchedBefore);
      assert.ok(after.length >= 1, `the glue is imported again: ${after}`);
      for (const url of after) {
        assert.match(new URL(url).pathname, /\/kenshin-check-[0-9a-f]+\.js$/, `only the glue: ${after.join(', ')}`);
      }
      if (cdp) {
        // Chromium: CDP's record of the same (the service worker's answers included).
        await cdp.settle();
        const seen = cdp.since(cdpMark);
        assert.ok(seen.length >= 1, 'the glue is imported again');
        for (const r of seen) {
          assert.match(new URL(r.url).pathname, /\/kenshin-check-[0-9a-f]+\.js$/, `only the glue: ${listRequests(seen)}`);
        }
      }
      assert.equal(page.errors.length, 1, `one error, the trap: ${JSON.stringify(page.errors)}`);
      assert.match(page.errors[0], TRAP_ERROR);
    } finally {
      await browser.close();
    }
  });
}

test(named('after three restarts the fourth trap says to reload, and the typed text stays'), async () => {
  const { browser, page } = await open('en');
  try {
    await fill(page, NORMAL);
    const typed = { ...NORMAL };
    for (const [round, [id, text]] of [['ast', '30'], ['alt', '31'], ['ggt', '45']].entries()) {
      await typeAndTrap(page, id, text);
      typed[id] = text;
      await page.waitForSelector('[data-verdict]');
      assert.equal(await verdict(page), 'may-start', `restart ${round + 1}`);
      assert.equal(await value(page, id), text);
    }
    const { now } = await typeAndTrap(page, 'systolic_bp', '185');
    typed.systolic_bp = '185';
    assert.deepEqual(now.verdicts, []);
    assert.ok(now.stopped.length >= 2, `the result and the bar say it stopped: ${JSON.stringify(now)}`);
    for (const text of now.stopped) assert.match(text, STOPPED.en.reload);
    // A restart begins in the task of the trap, before the frame the trap was seen at: its
    // first step adds the glue's preload under the restart's fragment. Three are there, no fourth.
    const restarts = await page.evaluate(() => [...document.querySelectorAll('link[rel=modulepreload]')].map((link) => new URL(link.href).hash).filter(Boolean));
    assert.deepEqual(restarts, ['#restart-1', '#restart-2', '#restart-3'], 'no fourth restart');
    assert.equal(await page.evaluate(() => document.querySelectorAll('[data-verdict]').length), 0, 'no verdict');
    assert.match(await page.textContent('#result'), STOPPED.en.reload);
    assert.match(await page.textContent('.verdict-bar'), STOPPED.en.reload);
    for (const [id, text] of Object.entries(typed)) assert.equal(await value(page, id), text, id);
    // Nothing changes it any more: the failed instance's listeners are gone.
    await page.fill('#systolic_bp', '128');
    assert.match(await page.textContent('#result'), STOPPED.en.reload);
    assert.equal(await page.count('[data-verdict]'), 0);
    assert.equal(page.errors.length, 4, `four errors, the traps: ${JSON.stringify(page.errors)}`);
    for (const error of page.errors) assert.match(error, TRAP_ERROR);
  } finally {
    await browser.close();
  }
});

test(named('a trap on the guide page: the restart keeps the checker values and shows the guide'), async () => {
  const { browser, page } = await open('ja');
  try {
    await fill(page, { ...NORMAL, systolic_bp: '185' });
    await page.click('input[name=sex][value=female]');
    await fill(page, { waist: '91' }); // opens the national part, folded until then
    await page.click('label[for=smoker]');
    await page.evaluate(() => {
      const select = document.getElementById('urine_protein');
      select.value = select.options[3].value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const urine = await value(page, 'urine_protein');
    await page.click('[data-nav="guide"]');
    await page.waitForSelector('[data-section="guide"]');
    await page.fill('#appointment_date', '2031-05-06');
    await typeAndTrap(page, 'appointment_time', '09:05');
    await page.waitForSelector('[data-verdict]', { state: 'attached' });
    await page.waitForSelector('[data-section="guide"]');
    assert.equal(await page.getAttribute('[data-nav="guide"]', 'aria-current'), 'page', 'still on the guide');
    assert.equal(await value(page, 'appointment_date'), '2031-05-06', 'the appointment is taken over too');
    assert.equal(await value(page, 'appointment_time'), '09:05');
    await page.click('[data-nav="checker"]');
    await page.waitForSelector('#systolic_bp');
    for (const [id, typed] of Object.entries({ ...NORMAL, systolic_bp: '185', waist: '91', urine_protein: urine })) {
      assert.equal(await value(page, id), typed, id);
    }
    assert.equal(await page.evaluate(() => document.getElementById('sex-female').checked), true);
    assert.equal(await page.evaluate(() => document.getElementById('smoker').checked), true);
    assert.equal(await verdict(page), 'see-doctor-first');
    assert.equal(page.errors.length, 1, `one error, the trap: ${JSON.stringify(page.errors)}`);
    assert.match(page.errors[0], TRAP_ERROR);
  } finally {
    await browser.close();
  }
});
