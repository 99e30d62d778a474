// kenshin-check service worker: offline use after the first visit.
// scripts/build/service_worker.mjs fills in RELEASE and writes dist/sw.js.
//
// - install: precaches exactly this release's files (SRI-checked where the
//   build knows the hash) in a cache named after this release and scope;
// - fetch: answers same-origin GETs for exactly those files from that cache
//   (cache-first); any other request is left alone: no other origin, no
//   other path, nothing the app would ever send;
// - a newer release waits while an older one serves an open page: the page says a newer
//   version is ready and, when the participant taps it, asks it to take over
//   ('kenshin-check:activate'), then reloads into it (src/loader.js);
// - activate: deletes the caches of older releases of this same scope.
// It never stores anything the user types: the cache holds the app's files only.
// { version, files: [{ path relative to the scope ('' is the page itself), integrity or null }] }
const RELEASE = null; // filled by the build
const { version: VERSION, files: FILES } = RELEASE;

const SCOPE = new URL(self.registration.scope);
const PREFIX = `kenshin-check:${SCOPE.pathname}:`;
const CACHE = PREFIX + VERSION;
const PATHS = new Set(FILES.map((file) => file.path));

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    await Promise.all(FILES.map(async ({ path, integrity }) => {
      const url = new URL(path, SCOPE);
      // The page is revalidated; hashed files may come from the HTTP cache, their hash is checked.
      const response = await fetch(url, integrity ? { integrity } : { cache: 'no-cache' });
      if (!response.ok) throw new Error(`kenshin-check: cannot precache ${url}: HTTP ${response.status}`);
      // A redirected response cannot answer a navigation: keep the body and headers only.
      const clean = response.redirected
        ? new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers: response.headers })
        : response;
      await cache.put(url, clean);
    }));
    // The first release takes over at once; a newer one waits for the page to ask.
    if (!self.registration.active) await self.skipWaiting();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data === 'kenshin-check:activate') self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== SCOPE.origin || !url.pathname.startsWith(SCOPE.pathname)) return;
  let path = url.pathname.slice(SCOPE.pathname.length);
  if (path === 'index.html') path = '';
  if (!PATHS.has(path)) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    return (await cache.match(new URL(path, SCOPE))) ?? fetch(request);
  })());
});
