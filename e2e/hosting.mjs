// Shared by the hosting tests (embedding, privacy, csp, offline, subpath): the
// build served as it is hosted (the real headers from hosting/headers.json),
// request recording (the engine-neutral proxy log of e2e/engines/proxy.mjs, and a
// Chromium-only CDP recorder kept as extra evidence), service-worker readiness.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startServer } from './server.mjs';
import { builtStyleHashes, responseHeaders } from '../hosting/headers.mjs';
import { BROWSER_OWN } from './engines/proxy.mjs';
import { attr, createElement, findAll, insertAfter, parsePage, serialize, setAttr } from '../scripts/build/html.mjs';
import { release } from '../scripts/build/service_worker.mjs';

/**
 * What a browser itself reports, in any engine's words, when it refuses or cannot load a
 * file of the app (a test made it fail: a 404, a changed file, a blocked load, a broken
 * worker, a failed compile): the test's doing, not an error of ours.
 */
export const BROWSER_REPORTS = /Failed to load resource|was blocked because of a disallowed MIME type|cannot load .* due to access control checks|Refused to (load|connect to) .* because it does not appear in the|integrity|digest|Subresource|status of 404|404 \(Not Found\)|NetworkError|Importing a module script failed|Failed to fetch|error loading dynamically imported module|ServiceWorker|service worker|sw\.js|CompileError|LinkError|expected magic|failed to (compile|instantiate)/i;

export const DIST = process.env.DIST ?? new URL('../dist/', import.meta.url).pathname;

export function assertBuilt() {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error(`no build at ${DIST}: run trunk build --release first (or set DIST)`);
  if (!existsSync(join(DIST, 'sw.js'))) throw new Error(`${DIST} has no sw.js: it was not built with the post_build hook (Trunk.toml [[hooks]], scripts/post_build.mjs)`);
}

/** `html` with `<meta name="${name}" content="${content}">`, replaced or added. */
export function setMeta(html, name, content) {
  const doc = parsePage(html);
  const [meta] = findAll(doc, 'meta', (m) => attr(m, 'name') === name);
  if (meta) setAttr(meta, 'content', content);
  else insertAfter(findAll(doc, 'meta').at(-1), createElement('meta', { name, content }));
  return serialize(doc);
}

/**
 * Serves the build with the real response headers (its policy allows the built page's
 * styles). `settings`: operator settings written into index.html after the build, as
 * { name: content } for `<meta name="kenshin:name">`; `parents`: the origins written into
 * index.html's kenshin:allowed-parents (undefined: index.html as built); `frameAncestors`:
 * the header's frame-ancestors (default: `parents`); `cors: false`: without the header that
 * lets any origin read the app's files (a host set up before it was needed).
 */
export function serveApp({ basePath = '/', settings = {}, parents, frameAncestors = parents ?? [], transform, root = DIST, cors = true } = {}) {
  const styles = builtStyleHashes(root);
  const headers = (path) => {
    const all = responseHeaders(path, { origins: frameAncestors, styles });
    if (!cors) delete all['Access-Control-Allow-Origin'];
    return all;
  };
  return startServer({
    root,
    basePath,
    headers,
    transform: async (path, body) => {
      let out = body;
      const metas = { ...settings, ...(parents === undefined ? {} : { 'allowed-parents': parents.join(' ') }) };
      if (path === 'index.html' && Object.keys(metas).length) {
        out = Object.entries(metas).reduce((html, [name, content]) => setMeta(html, `kenshin:${name}`, content), out.toString());
      }
      if (transform) out = (await transform(path, out)) ?? out;
      return out;
    },
  });
}

/** The version the build's sw.js caches under. */
export const swVersion = (dist = DIST) => release(dist).version;

/** Waits until a service worker controls `page` and has finished installing; returns its scope. */
export async function serviceWorkerReady(page, timeout = 15000) {
  return page.evaluate(async (timeout) => {
    if (!('serviceWorker' in navigator)) throw new Error('no navigator.serviceWorker');
    const timer = new Promise((_, reject) => setTimeout(() => reject(new Error('no service worker became active: is sw.js registered by the loader?')), timeout));
    const registration = await Promise.race([navigator.serviceWorker.ready, timer]);
    if (!navigator.serviceWorker.controller) {
      await Promise.race([new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true })), timer]);
    }
    return { scope: registration.scope, state: registration.active.state };
  }, timeout);
}

/**
 * The requests of the page (its frames and service worker) the proxy recorded after
 * `mark`, as "METHOD url": everything but the browser's own calls to its vendor
 * (BROWSER_OWN, CONNECTs to an explicit list of hosts). Nothing to loopback is filtered.
 */
export const pageRequests = (proxy, mark = 0) => proxy.since(mark).filter((r) => !BROWSER_OWN(r));

/**
 * The page's requests (pageRequests) since `mark`, up to an ordering barrier instead of a
 * wait: the page itself fetches its own address under a query nothing else uses, and the
 * answer arrives. A request the page made before that fetch was sent before it, so the proxy
 * has recorded it by then. The probe itself is left out of the list.
 */
export async function requestsBefore(page, proxy, mark) {
  const probe = `e2e-barrier=${proxy.mark()}`;
  await page.evaluate((probe) => fetch(`./?${probe}`, { cache: 'no-store' }).then((answer) => answer.text()), probe);
  return pageRequests(proxy, mark).filter((request) => !request.endsWith(`?${probe}`));
}

/** Resolves once the page made no request (pageRequests) for `quietMs`, or after `timeout`. */
export async function pageQuiet(proxy, quietMs = 750, timeout = 15000) {
  const end = Date.now() + timeout;
  for (;;) {
    const last = proxy.log.findLast((r) => !BROWSER_OWN(r))?.at ?? 0;
    if (Date.now() - last >= quietMs || Date.now() > end) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Chromium only (CDP), extra evidence besides the proxy: records every request the
 * browser makes for this context, three ways: Playwright's
 * context 'request' event (page, frames and service workers, from CDP network events),
 * CDP Network.requestWillBeSent on the page target, and the same on every target
 * CDP auto-attaches to from the page (its service worker, workers, out-of-process
 * frames). `data:` URLs never leave the device and are kept apart.
 */
export async function recordRequests(context, page) {
  const log = [];
  const note = (source, method, url) => log.push({ source, method, url, at: Date.now() });
  context.on('request', (r) => note(r.serviceWorker() ? 'playwright:service-worker' : 'playwright:page', r.method(), r.url()));
  const cdp = await context.newCDPSession(page);
  cdp.on('Network.requestWillBeSent', (e) => note('cdp:page', e.request.method, e.request.url));
  await cdp.send('Network.enable');
  // Targets related to the page (its service worker among them), in the non-flat
  // mode so that one CDP session carries their messages.
  const attached = [];
  cdp.on('Target.attachedToTarget', async ({ sessionId, targetInfo }) => {
    attached.push(targetInfo.type);
    const send = (id, method, params = {}) =>
      cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) }).catch(() => {});
    await send(1, 'Network.enable');
    await send(2, 'Runtime.runIfWaitingForDebugger');
  });
  cdp.on('Target.receivedMessageFromTarget', ({ message }) => {
    const m = JSON.parse(message);
    if (m.method === 'Network.requestWillBeSent') note(`cdp:attached`, m.params.request.method, m.params.request.url);
  });
  let autoAttach = 'on';
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false }).catch((error) => {
    autoAttach = `unavailable (${error.message}); the service worker is still recorded through Playwright's CDP session`;
  });
  const network = () => log.filter((r) => !r.url.startsWith('data:'));
  return {
    log,
    attached,
    autoAttach: () => autoAttach,
    /** Network requests (not data:) recorded since `mark` (a count from `mark()`). */
    since: (mark) => network().slice(mark),
    mark: () => network().length,
    /** Resolves once no request was recorded for `quietMs`. */
    settle: async (quietMs = 750, timeout = 15000) => {
      const end = Date.now() + timeout;
      while (Date.now() < end) {
        const last = log.at(-1)?.at ?? 0;
        if (Date.now() - last >= quietMs) return;
        await new Promise((r) => setTimeout(r, 100));
      }
    },
  };
}

export const listRequests = (requests) => requests.map((r) => `${r.source}: ${r.method} ${r.url}`).join('\n  ');
