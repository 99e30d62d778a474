// The page's loader: decides whether the app can run here, starts it, restarts it after a
// trap and registers the offline worker. index.html names it with
// <script data-trunk src="src/loader.js" type="module">: Trunk copies it under a hashed
// name, scripts/build/minify.mjs minifies it, scripts/build/integrity.mjs writes its sha384.
//
// What varies per build it reads from the page itself: the wasm-bindgen JS is the page's
// <link rel="modulepreload">, the .wasm its <link rel="preload" as="fetch">, each with its
// sha384 integrity. The page's language (<html lang>) is set before the first paint by
// index.html's head script, the one place that decides it.
//
// - Where the app cannot run (no WebAssembly: iOS Lockdown Mode, a managed device; or a failed
//   download or integrity check), it asks index.html's head script, with the event
//   `kenshin-check:cannot-run`, to show the page rendered for that at build time
//   (src/components/no_wasm.rs). The head script shows it too when the loader itself could
//   not load (a portal's sandbox, a failed download).
// - The offline worker is registered where the browser allows it: not in a portal's
//   sandboxed frame (an opaque origin), nor where service workers are off. The app runs
//   without it. When a newer release has installed while an older one serves the page, it
//   tells the app (`kenshin-check:update-ready`), which shows a notice; when the participant
//   taps its button (the app has put what was typed aside: src/update.rs), the newer
//   release takes over and the page reloads into it. Never by itself.
// - The app's JS runs only after its own sha384 check: WebKit (iPhone Safari) does not apply
//   a modulepreload's integrity to the import, so a tampered file would run there.
// - If the app's WebAssembly traps (or panics: with panic = "abort" that is a trap too), the
//   verdict stops claiming anything at once (`stopped`), the page is frozen with what was
//   typed (`freeze`) and a new instance takes it over (`restart`, src/takeover.rs), at most
//   RESTARTS times per page load; docs/product.md, "When the app fails".

/** Restarts after a trap, per page load; then the page says to reload. */
export const RESTARTS = 3;

/**
 * Runs the loader against `page`: the browser's globals in the page (`window`, `document`,
 * `navigator`, `WebAssembly`, `fetch`), `importModule` (the `import()` of this module) and
 * `base` (this module's URL, where sw.js lives). Tests pass fakes.
 */
export async function load({ window, document, navigator, WebAssembly, fetch, importModule, base }) {
  const root = document.documentElement;
  // Held from the start: the app's mount clears the body, and a failure in its first render
  // would leave no page for where it cannot run; it goes back in, alone.
  const noWasmPage = document.querySelector('section[data-no-wasm]');
  const cannotRun = () => {
    if (noWasmPage && !document.body.contains(noWasmPage)) document.body.replaceChildren(noWasmPage);
    window.dispatchEvent(new Event('kenshin-check:cannot-run'));
  };
  if (typeof WebAssembly != 'object') return cannotRun();

  try {
    const glue = document.querySelector('link[rel=modulepreload]');
    const wasm = document.querySelector('link[rel=preload][as=fetch]');
    if (!glue || !wasm) throw new Error('kenshin-check: the page has no preload link for the app\'s JS or WebAssembly');
    let module;
    let restarts = 0;
    let busy = false;
    let again = false;

    // At once, in the same task as the failure, every element that shows the verdict stops
    // claiming one (no data-verdict, no verdict bar colour) and says instead, in the page's
    // language, that the check stopped and is restarting (or, `last`, to reload), at the same
    // height, so that the page does not get shorter and scroll under the participant. The
    // sentences are index.html's <template id="app-stopped-ja|en">: restarting, then reload.
    const stopped = (last) => {
      const message = document.getElementById(`app-stopped-${root.lang}`)?.content.children[last ? 1 : 0];
      for (const element of document.querySelectorAll('[data-verdict],[data-app-stopped],.verdict-bar,.print-verdict')) {
        element.removeAttribute('data-verdict');
        element.removeAttribute('aria-labelledby');
        element.removeAttribute('data-verdict-bar');
        element.style.minHeight = `${element.offsetHeight}px`;
        element.setAttribute('data-app-stopped', '');
        element.replaceChildren(message?.cloneNode(true) ?? '');
      }
    };

    // The body is replaced by its copy. The copy keeps what was typed (inputs' values and
    // checkedness are cloned; selects' choices are copied over) and has none of the failed
    // instance's event listeners: nothing it does can change the page any more. A camera
    // check's tracks are stopped (a copied <video> has no stream; the old one would keep the
    // camera on). Focus and caret move to the copy's element, where the takeover reads them.
    const freeze = () => {
      const focused = document.activeElement ?? {};
      const { selectionStart: start, selectionEnd: end } = focused;
      const choices = [...document.querySelectorAll('select')].map((select) => select.value);
      for (const video of document.querySelectorAll('video')) video.srcObject?.getTracks().forEach((track) => track.stop());
      document.body.replaceWith(document.body.cloneNode(true));
      document.querySelectorAll('select').forEach((select, i) => (select.value = choices[i]));
      const copy = focused.id ? document.getElementById(focused.id) : null;
      copy?.focus({ preventScroll: true });
      if (copy && start != null) copy.setSelectionRange(start, end);
    };

    // A new instance from the module compiled once below, with its own JS: the module map is
    // keyed by URL, so the JS under another fragment is a fresh module with fresh state. A
    // <link rel=modulepreload integrity> fetches it first, so that the import gets the
    // SRI-checked entry. Its URL is fixed (nothing typed is in it), and the service worker
    // answers it from its cache when it controls the page.
    const restart = async () => {
      const url = `${glue.href}#restart-${++restarts}`;
      await new Promise((onload, onerror) => {
        const link = Object.assign(document.createElement('link'), { rel: 'modulepreload', href: url, crossOrigin: 'anonymous', integrity: glue.integrity, onload, onerror });
        document.head.append(link);
      });
      await (await importModule(url)).default({ module_or_path: module });
    };

    // One restart at a time; a failure during one (the old instances keep their window and
    // document listeners, which may throw again) is handled after it, so nothing loops.
    const failed = async (error) => {
      if (!(error instanceof WebAssembly.RuntimeError)) return;
      stopped(restarts >= RESTARTS);
      if (busy) return (again = true);
      busy = true;
      do {
        again = false;
        freeze();
        stopped(restarts >= RESTARTS);
        if (restarts >= RESTARTS) break;
        try {
          await restart();
        } catch (error) {
          if (error instanceof WebAssembly.RuntimeError) again = true;
          else stopped(true);
        }
      } while (again);
      busy = false;
    };
    window.addEventListener('error', (event) => failed(event.error));
    window.addEventListener('unhandledrejection', (event) => failed(event.reason));

    await fetch(glue.href, { integrity: glue.integrity });
    const { default: init } = await importModule(glue.href);
    const response = await fetch(new Request(wasm.href, { integrity: wasm.integrity }));
    module = await WebAssembly.compileStreaming(response.clone()).catch(async () => WebAssembly.compile(await response.arrayBuffer()));
    await init({ module_or_path: module });

    let workers;
    let registration;
    try {
      // Reading navigator.serviceWorker throws in an opaque origin (Chromium).
      workers = navigator.serviceWorker;
      registration = await workers?.register(new URL('./sw.js', base), { scope: new URL('./', base).href });
    } catch (error) {
      console.warn('kenshin-check: offline use is not available here:', error.message);
    }
    if (registration) offerUpdates(window, workers, registration);
  } catch (error) {
    // Said on the page (in words, in its language); the console gets the details.
    console.warn('kenshin-check: the app cannot run here:', error);
    cannotRun();
  }
}

/** Tells the app when a newer release waits, and lets it in when the participant taps the notice. */
export function offerUpdates(window, workers, registration) {
  // A waiting worker while another controls the page: a newer release than the one shown.
  // Called only once the app has started: it listens from its first render on.
  const ready = () => registration.waiting && workers.controller && window.dispatchEvent(new Event('kenshin-check:update-ready'));
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing;
    worker?.addEventListener('statechange', () => worker.state == 'installed' && ready());
  });
  // The app's notice button: the app has put the form aside (src/update.rs) before the click
  // reaches the document.
  window.document.addEventListener('click', (event) => {
    if (!event.target.closest?.('[data-action="load-update"]') || !registration.waiting) return;
    workers.addEventListener('controllerchange', () => window.location.reload(), { once: true });
    registration.waiting.postMessage('kenshin-check:activate');
  });
  // Installed before this page's loader ran.
  ready();
}

// In the page (not in a test, which imports `load` and calls it with fakes).
if (typeof document == 'object') {
  await load({ window, document, navigator, WebAssembly: globalThis.WebAssembly, fetch, importModule: (url) => import(url), base: import.meta.url });
}
