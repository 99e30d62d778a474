// When the app's WebAssembly fails while the participant types (a trap, or a
// panic, which is a trap with panic = "abort"), the page must never keep showing
// the verdict from before the keystroke: the loader takes the verdict down at
// once and restarts the app from what the page holds, so nothing typed is lost.
//
// The failure is forced: a getter on HTMLInputElement.prototype.value throws a
// WebAssembly.RuntimeError once, so the app's input callback unwinds through the
// wasm mid-update, exactly as a trap does. Only page.evaluate / fill / click /
// waitForSelector / getAttribute / textContent are used, so the file ports to
// other engines' drivers as it is.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, verdict } from './browser.mjs';
import { assertBuilt, listRequests, recordRequests, serveApp, serviceWorkerReady } from './hosting.mjs';

const NORMAL = { systolic_bp: '128', diastolic_bp: '82', glucose: '98', hba1c: '5.6', ast: '22', alt: '25', ggt: '40' };
const STOPPED = {
  ja: { restarting: /判定を表示できません。.*再開しています/, reload: /判定を表示できません。.*ページを再読み込み/ },
  en: { restarting: /No result: the check stopped\. It is restarting/, reload: /No result: the check stopped\..*reload the page/ },
};

let server;
before(async () => {
  assertBuilt();
  server = await serveApp();
});
after(async () => {
  await server?.close();
});

/** A fresh browser with the app loaded and its service worker in control. */
async function open(lang) {
  const context = await launch();
  const page = context.pages()[0];
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  // A Content-Security-Policy violation (the served headers are the real ones) is one of these.
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  const requests = await recordRequests(context, page);
  await page.goto(`${server.url}?lang=${lang}`);
  await page.waitForSelector('[data-verdict]', { timeout: 15000 });
  await serviceWorkerReady(page);
  await requests.settle();
  return { context, page, errors, requests };
}

async function fill(page, values) {
  for (const [id, value] of Object.entries(values)) await page.fill(`#${id}`, value);
}

/**
 * The next read of an input's value, by the app, throws a WebAssembly.RuntimeError
 * (then the getter is the browser's again). What the page shows is recorded in the
 * same task, by an error listener that runs after the loader's, and again at the
 * next animation frame, before anything is painted.
 */
async function trapOnNextRead(page) {
  await page.evaluate(() => {
    const proto = HTMLInputElement.prototype;
    const original = Object.getOwnPropertyDescriptor(proto, 'value');
    Object.defineProperty(proto, 'value', {
      configurable: true,
      set: original.set,
      get() {
        Object.defineProperty(proto, 'value', original);
        throw new WebAssembly.RuntimeError('forced trap');
      },
    });
    const shown = () => ({
      verdicts: [...document.querySelectorAll('[data-verdict]')].map((e) => e.dataset.verdict),
      stopped: [...document.querySelectorAll('[data-app-stopped]')].map((e) => e.textContent),
      barColour: document.querySelector('.verdict-bar')?.getAttribute('data-verdict-bar') ?? null,
      scrollY,
    });
    window.trapped = new Promise((resolve) => {
      addEventListener('error', () => {
        const now = shown();
        requestAnimationFrame(() => resolve({ now, frame: shown() }));
      }, { once: true });
    });
  });
}

const trapped = (page) => page.evaluate(() => window.trapped);
const value = (page, id) => page.evaluate((id) => document.getElementById(id).value, id);
const focus = (page) => page.evaluate(() => ({
  id: document.activeElement?.id, start: document.activeElement?.selectionStart, end: document.activeElement?.selectionEnd,
}));

for (const lang of ['ja', 'en']) {
  test(`a trap while typing: the old verdict goes at once, the app restarts with every value and the focus (${lang})`, async () => {
    const { context, page, errors, requests } = await open(lang);
    try {
      await fill(page, NORMAL);
      assert.equal(await verdict(page), 'may-start');
      const served = server.requests.length;
      const mark = requests.mark();

      await trapOnNextRead(page);
      await page.fill('#systolic_bp', '185');
      const { now, frame } = await trapped(page);
      for (const [when, shown] of [['in the same task', now], ['at the next frame', frame]]) {
        assert.ok(!shown.verdicts.includes('may-start'), `${when}: the stale verdict is not claimed: ${JSON.stringify(shown)}`);
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
      // service worker from its cache.
      await requests.settle();
      assert.deepEqual(server.requests.slice(served), [], 'no request reached the server');
      const after = requests.since(mark);
      assert.ok(after.length >= 1, 'the glue is imported again');
      for (const r of after) {
        assert.match(new URL(r.url).pathname, /\/kenshin-check-[0-9a-f]+\.js$/, `only the glue: ${listRequests(after)}`);
      }
      assert.deepEqual(errors, [`RuntimeError: forced trap`]);
    } finally {
      await context.close();
    }
  });
}

test('after three restarts the fourth trap says to reload, and the typed text stays', async () => {
  const { context, page } = await open('en');
  try {
    await fill(page, NORMAL);
    const typed = { ...NORMAL };
    for (const [round, [id, text]] of [['ast', '30'], ['alt', '31'], ['ggt', '45']].entries()) {
      await trapOnNextRead(page);
      await page.fill(`#${id}`, text);
      typed[id] = text;
      await trapped(page);
      await page.waitForSelector('[data-verdict]');
      assert.equal(await verdict(page), 'may-start', `restart ${round + 1}`);
      assert.equal(await value(page, id), text);
    }
    await trapOnNextRead(page);
    await page.fill('#systolic_bp', '185');
    typed.systolic_bp = '185';
    const { now } = await trapped(page);
    assert.deepEqual(now.verdicts, []);
    for (const text of now.stopped) assert.match(text, STOPPED.en.reload);
    await new Promise((r) => setTimeout(r, 1000));
    assert.equal(await page.evaluate(() => document.querySelectorAll('[data-verdict]').length), 0, 'no fourth restart');
    assert.match(await page.textContent('#result'), STOPPED.en.reload);
    assert.match(await page.textContent('.verdict-bar'), STOPPED.en.reload);
    for (const [id, text] of Object.entries(typed)) assert.equal(await value(page, id), text, id);
    // Nothing changes it any more: the failed instance's listeners are gone.
    await page.fill('#systolic_bp', '128');
    assert.match(await page.textContent('#result'), STOPPED.en.reload);
  } finally {
    await context.close();
  }
});

test('a trap on the guide page: the restart keeps the checker values and shows the guide', async () => {
  const { context, page } = await open('ja');
  try {
    await fill(page, { ...NORMAL, systolic_bp: '185' });
    await page.click('input[name=sex][value=female]');
    await page.fill('#waist', '91');
    await page.click('label[for=smoker]');
    await page.evaluate(() => {
      const select = document.getElementById('urine_protein');
      select.value = select.options[3].value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const urine = await value(page, 'urine_protein');
    await page.click('[data-nav="guide"]');
    await page.waitForSelector('[data-section="guide"]');
    await trapOnNextRead(page);
    await page.fill('#session_minutes', '90');
    await trapped(page);
    await page.waitForSelector('[data-verdict]', { state: 'attached' });
    await page.waitForSelector('[data-section="guide"]');
    assert.equal(await page.getAttribute('[data-nav="guide"]', 'aria-current'), 'page', 'still on the guide');
    await page.click('[data-nav="checker"]');
    await page.waitForSelector('#systolic_bp');
    for (const [id, typed] of Object.entries({ ...NORMAL, systolic_bp: '185', waist: '91', urine_protein: urine })) {
      assert.equal(await value(page, id), typed, id);
    }
    assert.equal(await page.evaluate(() => document.getElementById('sex-female').checked), true);
    assert.equal(await page.evaluate(() => document.getElementById('smoker').checked), true);
    assert.equal(await verdict(page), 'see-doctor-first');
  } finally {
    await context.close();
  }
});
