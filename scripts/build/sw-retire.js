// kenshin-check development build (trunk serve): no offline cache. Replaces a
// release's service worker on this scope, deletes its cache and unregisters.
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil((async () => {
  const prefix = `kenshin-check:${new URL(self.registration.scope).pathname}:`;
  for (const name of await caches.keys()) if (name.startsWith(prefix)) await caches.delete(name);
  await self.registration.unregister();
})()));
