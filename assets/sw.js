// The archive's service worker: repeat visits open from the cache, and the archive opens
// offline once it has been visited.
//
// Trunk copies this file unhashed to the app's root (index.html: rel="copy-file"), so its scope
// covers the whole app, also under a sub-path, and the browser finds it at the same URL in every
// release. The build's post-build hook (scripts/post-build.js) fills in BUILD and FILES: the
// build's hashed files (JS, wasm, CSS, icon) and an id derived from their names. A new release
// therefore has a byte-different sw.js, which is how the browser notices it.
//
// Strategy:
// - install: precache the hashed files and the page; take over at once (skipWaiting), so an
//   update applies from the next load without waiting for every tab to close;
// - activate: delete the caches of other builds; control open pages (clients.claim);
// - hashed files: cache first (a hashed name never changes its content);
// - the page (index.html, with any query string): network first (with navigation preload),
//   with a short timeout, then the cached copy. Online, a reader always gets the current release; offline, or on a
//   network that does not answer in time, the page still opens.
// Everything else (other origins, other paths) goes to the network untouched.

/* global self, caches, fetch */
const BUILD = 'development';
const FILES = [];

/** The app's page: the worker's own directory (it lives at the app's root). */
const PAGE = new URL('./', self.location).href;
/**
 * This build's cache. Caches belong to the origin, and one origin may host several archives
 * (project pages: /a/, /b/), so the name carries the app's root, and activate deletes only the
 * other builds of this one.
 */
const PREFIX = `archive ${PAGE} `;
const CACHE = PREFIX + BUILD;
/** How long a navigation waits for the network before the cached page is used. */
const NETWORK_TIMEOUT_MS = 3000;

const precached = new Set(FILES.map((file) => new URL(file, self.location).href));

self.addEventListener('install', (event) => {
  // `reload`: fetch from the network, never from the HTTP cache, so the copies are this build's.
  const requests = [PAGE, ...precached].map((url) => new Request(url, { cache: 'reload' }));
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(requests))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name.startsWith(PREFIX) && name !== CACHE).map((name) => caches.delete(name))))
      // Navigation preload: the browser requests the page while it starts this worker, so a
      // visit in a fresh browser process does not wait for the worker before the network.
      .then(() => self.registration.navigationPreload && self.registration.navigationPreload.enable())
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  url.search = '';
  url.hash = '';
  if (request.mode === 'navigate' && (url.href === PAGE || url.href === `${PAGE}index.html`)) {
    event.respondWith(page(event));
  } else if (precached.has(url.href)) {
    event.respondWith(caches.match(request.url, { cacheName: CACHE }).then((hit) => hit || fetch(request)));
  }
});

/**
 * The page, network first: the network's answer if it comes within NETWORK_TIMEOUT_MS (and is
 * then kept as the offline copy), else the cached copy. Should the cache have none, the network
 * is awaited after all.
 */
async function page(event) {
  let stored = Promise.resolve();
  const network = Promise.resolve(event.preloadResponse)
    .then((preloaded) => preloaded || fetch(event.request))
    .then((response) => {
      if (response.ok) {
        const copy = response.clone();
        stored = caches.open(CACHE).then((cache) => cache.put(PAGE, copy));
      }
      return response;
    });
  // Keep the worker alive until the network's answer is stored, even if the cache answered.
  event.waitUntil(network.then(() => stored).catch(() => {}));
  const timeout = new Promise((resolve) => setTimeout(resolve, NETWORK_TIMEOUT_MS));
  const fast = await Promise.race([network.catch(() => null), timeout]);
  if (fast) return fast;
  const cached = await caches.match(PAGE, { cacheName: CACHE });
  return cached || network;
}
