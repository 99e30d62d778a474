// The page as every test sees it, the same in each engine. Reads (text, attributes,
// values, visibility, boxes) and waits are evaluated in the page, so they mean the same
// thing everywhere; typing, clicking, navigation and screenshots go to the engine's own
// backend (chromium.mjs, webkit.mjs, firefox.mjs), which does them as a user would:
// real key presses, a click at the element's centre once it is scrolled into view.
import { writeFile } from 'node:fs/promises';

/** The expression that calls `fn` (a self-contained function) with JSON arguments. */
export const call = (fn, ...args) => `(${fn})(...${JSON.stringify(args)})`;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Lets the app's handlers and render run: two frames, or 100 ms in a hidden page. */
const SETTLE = `new Promise((resolve) => {
  let done = false;
  const finish = () => { if (!done) { done = true; resolve(); } };
  requestAnimationFrame(() => setTimeout(finish, 0));
  setTimeout(finish, 100);
})`;

export class Unsupported extends Error {}

/** Queries and actions on one document (the page's, or a frame's). */
export class Target {
  constructor(backend, engine) {
    this.backend = backend;
    this.engine = engine;
  }

  evaluate(fn, ...args) {
    return this.backend.evaluate(typeof fn === 'string' ? fn : call(fn, ...args));
  }

  /** `fn(element, ...args)` on the `index`-th match of `selector`, or `missing` if there is none. */
  on(selector, index, fn, missing, ...args) {
    return this.evaluate(`(() => { const element = document.querySelectorAll(${JSON.stringify(selector)})[${index}]; return element ? (${fn})(element, ...${JSON.stringify(args)}) : ${JSON.stringify(missing)}; })()`);
  }

  async waitForFunction(fn, arg, { timeout = 15000 } = {}) {
    const end = Date.now() + timeout;
    for (;;) {
      const value = await this.evaluate(fn, arg);
      if (value) return value;
      if (Date.now() > end) throw new Error(`${this.engine}: timed out after ${timeout} ms waiting for ${String(fn).slice(0, 120)}`);
      await sleep(50);
    }
  }

  /** Waits until `selector` matches (`state`: attached, visible, hidden or detached). */
  async waitForSelector(selector, { timeout = 15000, state = 'attached' } = {}) {
    const end = Date.now() + timeout;
    for (;;) {
      const now = await this.on(selector, 0, (el) => {
        const box = el.getBoundingClientRect();
        // As Playwright: also not shown inside a closed <details> (checkVisibility), which still has a box.
        return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden' && (el.checkVisibility?.() ?? true) ? 'visible' : 'hidden';
      }, 'detached');
      if (state === now || (state === 'attached' && now !== 'detached') || (state === 'hidden' && now === 'detached')) return;
      if (Date.now() > end) throw new Error(`${this.engine}: timed out after ${timeout} ms waiting for ${selector} to be ${state} (it is ${now})`);
      await sleep(50);
    }
  }

  locator(selector) {
    return new Locator(this, selector, 0);
  }

  count(selector) {
    return this.evaluate((s) => document.querySelectorAll(s).length, selector);
  }

  textContent(selector) { return this.locator(selector).textContent(); }
  getAttribute(selector, name) { return this.locator(selector).getAttribute(name); }
  inputValue(selector) { return this.locator(selector).inputValue(); }
  isChecked(selector) { return this.locator(selector).isChecked(); }
  isVisible(selector) { return this.locator(selector).isVisible(); }
  fill(selector, value) { return this.locator(selector).fill(value); }
  setInputFiles(selector, paths) { return this.locator(selector).setInputFiles(paths); }
  click(selector) { return this.locator(selector).click(); }
  check(selector) { return this.locator(selector).check(); }
  uncheck(selector) { return this.locator(selector).uncheck(); }
  selectOption(selector, value) { return this.locator(selector).selectOption(value); }

  /** `fn` over every match of `selector` (each element is passed in an array). */
  $$eval(selector, fn) {
    return this.evaluate(`(${fn})([...document.querySelectorAll(${JSON.stringify(selector)})])`);
  }

  settle() {
    return this.backend.evaluate(SETTLE);
  }
}

/** How each engine says that the document went away under an evaluation (a navigation). */
const NAVIGATED = /context was destroyed|navigat|target closed|document unloaded|no such (frame|window)/i;

/** The `index`-th element matching `selector`, found afresh on every use. */
export class Locator {
  constructor(target, selector, index) {
    this.target = target;
    this.selector = selector;
    this.index = index;
  }

  first() { return new Locator(this.target, this.selector, 0); }
  nth(index) { return new Locator(this.target, this.selector, index); }
  count() { return this.target.count(this.selector); }

  /** Waits for the element to exist (as Playwright does before reading it). */
  async attached(timeout = 15000) {
    const end = Date.now() + timeout;
    while (!(await this.target.on(this.selector, this.index, () => true, false))) {
      if (Date.now() > end) throw new Error(`${this.target.engine}: no element ${this.selector} [${this.index}] after ${timeout} ms`);
      await sleep(50);
    }
  }

  async read(fn, ...args) {
    await this.attached();
    return this.target.on(this.selector, this.index, fn, null, ...args);
  }

  textContent() { return this.read((el) => el.textContent); }
  getAttribute(name) { return this.read((el, name) => el.getAttribute(name), name); }
  inputValue() { return this.read((el) => el.value); }
  isChecked() { return this.read((el) => el.checked); }
  boundingBox() {
    return this.read((el) => {
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    });
  }
  isVisible() {
    return this.target.on(this.selector, this.index, (el) => {
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden' && (el.checkVisibility?.() ?? true);
    }, false);
  }
  async scrollIntoViewIfNeeded() {
    await this.read((el) => el.scrollIntoView({ block: 'center', inline: 'nearest' }));
  }

  /** Waits until the element is visible, then centres it, clear of sticky bars. */
  async ready() {
    const end = Date.now() + 15000;
    while (!(await this.isVisible())) {
      if (Date.now() > end) throw new Error(`${this.target.engine}: ${this.selector} [${this.index}] is not visible after 15 s`);
      await sleep(50);
    }
    await this.scrollIntoViewIfNeeded();
  }

  /**
   * Clicks as a user would, and checks that the click arrived: a listener (capture phase, on
   * the window) notes whether a click event reached the element. A driver's click that never
   * arrives (seen once in WebKitGTK 2.50: the guide did not open and nothing else happened) is
   * sent once more, and said on the test's output; a click that lands on another element is
   * not retried (that is what a user would hit: the test must see it). A click that replaces
   * the document (a navigation) leaves nothing to check.
   */
  async click() {
    const arm = (el) => {
      if (window.e2eClick) removeEventListener('click', window.e2eClick.note, true);
      const record = { seen: 'none', note: (event) => { if (record.seen === 'none') record.seen = el.contains(event.target) ? 'on' : 'off'; } };
      window.e2eClick = record;
      addEventListener('click', record.note, true);
      return true;
    };
    const seen = () => this.target.evaluate(() => {
      const record = window.e2eClick;
      if (!record) return 'gone';
      removeEventListener('click', record.note, true);
      delete window.e2eClick;
      return record.seen;
    });
    for (let attempt = 1; ; attempt += 1) {
      await this.ready();
      await this.read(arm);
      await this.target.backend.click(this.selector, this.index);
      let result;
      try {
        await this.target.settle();
        result = await seen();
      } catch (error) {
        // The click started a navigation that replaced the document under the check.
        if (NAVIGATED.test(error.message)) return;
        throw error;
      }
      if (result !== 'none' || attempt === 2) return;
      console.log(`# ${this.target.engine}: a click on ${this.selector} [${this.index}] did not arrive; clicking again`);
    }
  }

  /** Replaces the value the way a person does: delete what is there, type the new text. */
  async fill(value) {
    await this.ready();
    const { kind, length } = await this.read((el) => ({ kind: el.tagName === 'SELECT' ? 'select' : el.type, length: el.value.length }));
    if (['date', 'time', 'month', 'week', 'datetime-local', 'select', 'range', 'color'].includes(kind)) {
      // Pickers differ in every engine (and on every phone); what reaches the app is the value and its events.
      await this.setValue(value);
    } else {
      await this.target.backend.type(this.selector, this.index, length, String(value));
    }
    await this.target.settle();
  }

  /** Picks files (absolute paths) in an `<input type="file">`, as a person does with the picker. */
  async setInputFiles(paths) {
    await this.target.backend.setFiles(this.selector, this.index, [paths].flat());
    await this.target.settle();
  }

  /** Types `text` at the end of what the field holds, as a person adds to it. */
  async type(text) {
    await this.ready();
    await this.target.backend.type(this.selector, this.index, 0, String(text));
    await this.target.settle();
  }

  async setValue(value) {
    await this.read((el, value) => {
      const proto = el.tagName === 'SELECT' ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
      Object.getOwnPropertyDescriptor(proto, 'value').set.call(el, value);
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
    }, value);
  }

  selectOption(value) { return this.fill(value); }

  async setChecked(checked) {
    if ((await this.isChecked()) === checked) return;
    await this.click();
    if ((await this.isChecked()) !== checked) throw new Error(`${this.target.engine}: clicking ${this.selector} did not make it ${checked ? 'checked' : 'unchecked'}`);
  }
  check() { return this.setChecked(true); }
  uncheck() { return this.setChecked(false); }

  /** `fn` over every element matching the selector. */
  evaluateAll(fn) { return this.target.$$eval(this.selector, fn); }
  async allTextContents() { return this.evaluateAll((els) => els.map((el) => el.textContent)); }

  async screenshot({ path }) {
    await this.scrollIntoViewIfNeeded();
    await this.target.settle();
    // The element alone (the backend's page-level `screenshot` is the viewport or the full page).
    const png = await this.target.backend.elementScreenshot({ selector: this.selector, index: this.index });
    if (path) await writeFile(path, png);
    return png;
  }
}

/** A tab: a Target for its main document, plus navigation, frames, console and screenshots. */
export class Page extends Target {
  constructor(backend, engine) {
    super(backend, engine);
  }

  /** Console errors and uncaught exceptions since the page opened, one string each. */
  get errors() { return this.backend.messages.filter((m) => m.type === 'error' || m.type === 'pageerror').map((m) => m.text); }
  /** Every console message since the page opened, as { type, text }. */
  get messages() { return this.backend.messages; }

  async goto(url, { waitUntil = 'load' } = {}) { await this.backend.goto(url, waitUntil); }
  async reload() { await this.backend.reload(); }
  url() { return this.evaluate(() => location.href); }
  close() { return this.backend.close(); }

  setViewportSize(size) { return this.backend.setViewport(size); }

  /** The page printed to an A4 PDF, or null where the engine's driver cannot print. */
  pdf() { return this.backend.pdf(); }

  /**
   * 'print' or 'screen'. Where the engine's driver cannot emulate media (WebDriver classic,
   * BiDi in Firefox ESR), the page's own style sheets are switched instead: every `@media`
   * rule that holds for print is made to hold now, every rule for screen not to. The sheets
   * are the app's own, same-origin, so this is exactly the print style sheet applied.
   */
  async emulateMedia({ media }) {
    try {
      await this.backend.emulateMedia(media);
    } catch (error) {
      if (!(error instanceof Unsupported)) throw error;
      await this.evaluate((media) => {
        const rules = function* (list) {
          for (const rule of list) {
            if (rule.media && rule.cssRules) yield rule;
            if (rule.cssRules) yield* rules(rule.cssRules);
          }
        };
        for (const sheet of document.styleSheets) {
          for (const rule of rules(sheet.cssRules)) {
            rule.e2eMedia ??= rule.media.mediaText;
            const print = matchMedia(rule.e2eMedia.replace(/\bscreen\b/g, 'E2E').replace(/\bprint\b/g, 'screen').replace(/\bE2E\b/g, 'print')).matches;
            rule.media.mediaText = media === 'print' ? (print ? 'all' : 'not all') : rule.e2eMedia;
          }
        }
      }, media);
    }
    await this.settle();
  }

  /** The frame whose document URL starts with `prefix`, as a Target, or null. */
  async frame(prefix, timeout = 15000) {
    const end = Date.now() + timeout;
    for (;;) {
      const backend = await this.backend.frame(prefix);
      if (backend) return new Target(backend, this.engine);
      if (Date.now() > end) throw new Error(`${this.engine}: no frame from ${prefix}`);
      await sleep(100);
    }
  }

  async screenshot({ path, fullPage = false } = {}) {
    await this.settle();
    const png = await this.backend.screenshot({ fullPage });
    if (path) await writeFile(path, png);
    return png;
  }
}
