// src/loader.js, each branch, against a page parsed by linkedom and fakes for what the browser
// does (fetch, import, WebAssembly, the service worker). The end-to-end tests prove the same
// loader in real engines (e2e/no-wasm, e2e/recovery, e2e/offline, e2e/csp).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseHTML } from 'linkedom';
import { RESTARTS, load, offerUpdates } from './loader.js';

const PAGE = `<!DOCTYPE html><html lang="en"><head>
<template id="app-stopped-en"><span>restarting</span><span>reload</span></template>
<link rel="modulepreload" href="https://site.example/app/kenshin-check-1.js" integrity="sha384-js">
<link rel="preload" as="fetch" href="https://site.example/app/kenshin-check-1_bg.wasm" integrity="sha384-wasm">
</head><body>
<p id="loading">Loading…</p>
<div id="first-view"><input id="systolic_bp" value="150"><select id="sex"><option value="">-</option><option value="male">male</option></select></div>
<div class="verdict-bar" data-verdict-bar="see-doctor-first"><p data-verdict="see-doctor-first">See a doctor first</p></div>
<section data-no-wasm hidden><p>criteria</p></section>
</body></html>`;

class RuntimeError extends Error {}

/** A browser around the page: what the loader asked of it is in `calls`. */
function browser({ wasm = true, fetchFails = false, worker = true, initFails = () => false } = {}) {
  const { window, document } = parseHTML(PAGE);
  // linkedom's <select> has no value setter; a browser's picks the option with that value.
  Object.defineProperty(Object.getPrototypeOf(document.createElement('select')), 'value', {
    configurable: true,
    get() {
      return this.querySelector('option[selected]')?.getAttribute('value') ?? this.querySelector('option')?.getAttribute('value') ?? '';
    },
    set(value) {
      for (const option of this.querySelectorAll('option')) option.toggleAttribute('selected', option.getAttribute('value') === value);
    },
  });
  // Nor does its <link> reflect `integrity`, as a browser's does.
  Object.defineProperty(Object.getPrototypeOf(document.createElement('link')), 'integrity', {
    configurable: true,
    get() {
      return this.getAttribute('integrity') ?? '';
    },
    set(value) {
      this.setAttribute('integrity', value);
    },
  });
  const calls = { fetched: [], imported: [], inits: [], registered: [], preloads: [], listeners: {}, events: [], warnings: [] };
  const module = { compiled: true };
  // linkedom loads nothing: a <link> appended to the head "loads" at once.
  const append = document.head.append.bind(document.head);
  document.head.append = (link) => {
    append(link);
    calls.preloads.push({ href: link.href, integrity: link.integrity });
    queueMicrotask(() => link.onload());
  };
  const page = {
    window: { addEventListener: (type, listener) => (calls.listeners[type] = listener), dispatchEvent: (event) => calls.events.push(event.type) },
    document,
    navigator: worker ? { serviceWorker: { register: async (url, options) => calls.registered.push({ url: String(url), scope: options.scope }) } } : worker === null ? { get serviceWorker() { throw new DOMException('The document is sandboxed and lacks the allow-same-origin flag.', 'SecurityError'); } } : {},
    WebAssembly: wasm ? {
      RuntimeError,
      compileStreaming: async (response) => ((await response.text()) === 'wasm' ? module : null),
      compile: async () => module,
    } : undefined,
    fetch: async (what, options) => {
      const request = typeof what === 'string' ? { url: what, integrity: options?.integrity } : { url: what.url, integrity: what.integrity };
      calls.fetched.push(request);
      if (fetchFails) throw new TypeError('Failed to fetch');
      return new Response(request.url.endsWith('.wasm') ? 'wasm' : 'js');
    },
    importModule: async (url) => {
      calls.imported.push(url);
      return {
        default: async (options) => {
          calls.inits.push(options);
          if (initFails(calls.inits.length)) throw new RuntimeError('unreachable');
        },
      };
    },
    base: 'https://site.example/app/loader-1.js',
  };
  return { page, document, calls, module };
}

/** Runs `fn` with console.warn recorded instead of printed; returns what was warned. */
async function quietly(fn) {
  const warnings = [];
  const warn = console.warn;
  console.warn = (...args) => warnings.push(args.join(' '));
  try {
    await fn();
  } finally {
    console.warn = warn;
  }
  return warnings;
}

/** Lets the loader's awaited steps run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

test('without WebAssembly it asks for the page shown where the app cannot run, and fetches nothing', async () => {
  const { page, calls } = browser({ wasm: false });
  await load(page);
  assert.deepEqual(calls.events, ['kenshin-check:cannot-run']);
  assert.deepEqual(calls.fetched, []);
});

test('a failed download asks for the same page, and leaves the details to the console as a warning', async () => {
  const { page, calls } = browser({ fetchFails: true });
  const warnings = await quietly(() => load(page));
  assert.deepEqual(calls.events, ['kenshin-check:cannot-run']);
  assert.match(warnings.join('\n'), /cannot run here: TypeError: Failed to fetch/);
  assert.deepEqual(calls.inits, []);
});

test('it starts the app from the page\'s preload links, each file with its integrity, then registers the offline worker', async () => {
  const { page, calls, module } = browser();
  await load(page);
  assert.deepEqual(calls.fetched, [
    { url: 'https://site.example/app/kenshin-check-1.js', integrity: 'sha384-js' },
    { url: 'https://site.example/app/kenshin-check-1_bg.wasm', integrity: 'sha384-wasm' },
  ], 'the JS is checked before it is imported, the wasm fetched with its integrity');
  assert.deepEqual(calls.imported, ['https://site.example/app/kenshin-check-1.js']);
  assert.deepEqual(calls.inits, [{ module_or_path: module }], 'the app starts from the module compiled here');
  assert.deepEqual(calls.registered, [{ url: 'https://site.example/app/sw.js', scope: 'https://site.example/app/' }]);
});

test('without service workers (a private mode) or where reading them throws (a sandboxed frame) the app still starts', async () => {
  for (const worker of [false, null]) {
    const { page, calls } = browser({ worker });
    await quietly(() => load(page));
    assert.equal(calls.inits.length, 1);
    assert.deepEqual(calls.events, [], 'the app runs: no page for where it cannot');
  }
});

test('a page without the preload links cannot run, and says so', async () => {
  const { page, document, calls } = browser();
  for (const link of document.querySelectorAll('link')) link.remove();
  await quietly(() => load(page));
  assert.deepEqual(calls.events, ['kenshin-check:cannot-run']);
});

test('a trap takes the verdict down at once, freezes what was typed and restarts a fresh instance', async () => {
  const { page, document, calls, module } = browser();
  await load(page);
  document.getElementById('systolic_bp').value = '186';
  document.getElementById('sex').value = 'male';
  document.getElementById('systolic_bp').focus?.();
  const oldBody = document.body;
  calls.listeners.error({ error: new RuntimeError('unreachable') });
  // In the same task: no verdict is claimed any more, the page says the check is restarting.
  const verdict = document.querySelector('[data-app-stopped]');
  assert.ok(verdict);
  assert.equal(document.querySelector('[data-verdict]'), null);
  assert.equal(document.querySelector('[data-verdict-bar]'), null);
  assert.match(document.querySelector('.verdict-bar').textContent, /restarting/);
  await settle();
  assert.notEqual(document.body, oldBody, 'the body is a copy: the failed instance\'s listeners are gone');
  assert.equal(document.getElementById('systolic_bp').value, '186', 'what was typed stays');
  assert.equal(document.getElementById('sex').value, 'male');
  assert.deepEqual(calls.preloads, [{ href: 'https://site.example/app/kenshin-check-1.js#restart-1', integrity: 'sha384-js' }], 'the fresh JS is fetched with its integrity');
  assert.deepEqual(calls.imported.at(-1), 'https://site.example/app/kenshin-check-1.js#restart-1', 'a fresh module: another URL');
  assert.deepEqual(calls.inits.at(-1), { module_or_path: module }, 'from the module compiled once');
});

test('errors that are not a trap change nothing', async () => {
  const { page, document, calls } = browser();
  await load(page);
  calls.listeners.error({ error: new TypeError('a script of the page') });
  calls.listeners.unhandledrejection({ reason: new Error('a promise') });
  await settle();
  assert.ok(document.querySelector('[data-verdict]'));
  assert.equal(calls.imported.length, 1);
});

test(`after ${RESTARTS} restarts the page says to reload and starts no more`, async () => {
  const { page, document, calls } = browser();
  await load(page);
  for (let trap = 1; trap <= RESTARTS; trap += 1) {
    calls.listeners.unhandledrejection({ reason: new RuntimeError('unreachable') });
    await settle();
    assert.equal(calls.imported.at(-1), `https://site.example/app/kenshin-check-1.js#restart-${trap}`);
  }
  calls.listeners.error({ error: new RuntimeError('unreachable') });
  await settle();
  assert.equal(calls.imported.length, 1 + RESTARTS, 'no fourth restart');
  assert.match(document.querySelector('.verdict-bar').textContent, /reload/);
});

test('a restart that traps again is retried, one at a time, until the limit', async () => {
  const { page, document, calls } = browser({ initFails: (n) => n > 1 });
  await load(page);
  calls.listeners.error({ error: new RuntimeError('unreachable') });
  calls.listeners.error({ error: new RuntimeError('unreachable') }); // while the first restart runs
  await settle();
  assert.equal(calls.inits.length, 1 + RESTARTS, 'every restart trapped: three, then no more');
  assert.match(document.querySelector('.verdict-bar').textContent, /reload/);
});

/** A service worker registration, its container and the window around them, as fakes. */
function workers({ controller = {}, waiting = null } = {}) {
  const listeners = {};
  const on = (target) => (type, fn) => ((listeners[`${target}:${type}`] ??= []).push(fn));
  const fire = (key) => (listeners[key] ?? []).forEach((fn) => fn());
  const { document } = parseHTML('<html><body></body></html>');
  const seen = { events: [], posted: [], reloads: 0 };
  const window = {
    document,
    addEventListener: on('window'),
    dispatchEvent: (event) => {
      seen.events.push(event.type);
      fire(`window:${event.type}`);
    },
    location: { reload: () => (seen.reloads += 1) },
  };
  const worker = (state) => ({ state, postMessage: (message) => seen.posted.push(message), addEventListener: on('worker') });
  const registration = { waiting: waiting && worker('installed'), installing: null, addEventListener: on('registration') };
  const container = { controller, addEventListener: on('container') };
  return { window, container, registration, seen, fire, worker, document };
}

test('a newer release already waiting while an older one serves the page is offered at once', () => {
  const { window, container, registration, seen } = workers({ waiting: true });
  offerUpdates(window, container, registration);
  assert.deepEqual(seen.events, ['kenshin-check:update-ready']);
});

test('the first release, with no page served by an older one, is not an update', () => {
  const { window, container, registration, seen } = workers({ controller: null, waiting: true });
  offerUpdates(window, container, registration);
  assert.deepEqual(seen.events, []);
});

test('a newer release that finishes installing while the page is open is offered then', () => {
  const { window, container, registration, seen, fire, worker } = workers();
  offerUpdates(window, container, registration);
  assert.deepEqual(seen.events, []);
  registration.installing = worker('installing');
  fire('registration:updatefound');
  registration.installing.state = 'installed';
  registration.waiting = registration.installing;
  fire('worker:statechange');
  assert.deepEqual(seen.events, ['kenshin-check:update-ready']);
});

test('only when the participant taps the notice\'s button does the newer release take over, and the page reloads into it once it has', () => {
  const { window, container, registration, seen, fire, document } = workers({ waiting: true });
  offerUpdates(window, container, registration);
  document.body.innerHTML = '<p data-update-ready><button data-action="load-update"><span>Update</span></button></p><button data-action="clear">Clear</button>';
  const tap = (selector) => document.querySelector(selector).dispatchEvent(new window.document.defaultView.Event('click', { bubbles: true }));
  tap('[data-action="clear"]');
  assert.deepEqual(seen.posted, [], 'never by itself, nor on another button');
  tap('[data-action="load-update"] span');
  assert.deepEqual(seen.posted, ['kenshin-check:activate']);
  assert.equal(seen.reloads, 0, 'not before it controls the page');
  fire('container:controllerchange');
  assert.equal(seen.reloads, 1);
});

test('a failure after the app\'s mount cleared the page puts the page for where it cannot run back, alone', async () => {
  const { page, document, calls } = browser();
  page.importModule = async () => ({
    default: async () => {
      document.body.replaceChildren(document.createElement('div')); // the mount, then a failure
      throw new TypeError('the first render failed');
    },
  });
  await quietly(() => load(page));
  assert.deepEqual(calls.events, ['kenshin-check:cannot-run']);
  assert.deepEqual([...document.body.children].map((e) => e.localName), ['section']);
});
