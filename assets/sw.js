// The archive's service worker: repeat visits open from the cache, and the archive opens
// offline once it has been visited.
//
// Trunk copies this file unhashed to the app's root (index.html: rel="copy-file"), so its scope
// covers the whole app, also under a sub-path, and the browser finds it at the same URL in every
// release. The build's post-build hook (scripts/post-build.js) fills in BUILD, FILES and PAGE (the page contract): the
// build's hashed files (JS, wasm, CSS, icon) and an id derived from their names. A new release
// therefore has a byte-different sw.js, which is how the browser notices it. The same id is in
// the release's page (its app-build meta tag), so the worker can tell whose page it holds.
//
// The rule: the worker never answers with a page whose files it cannot serve. Each release's
// cache holds that release's files and, once they are all in, that release's page, and nothing
// else. A host half-way through a deploy (the new page up, its files not yet) may break the
// page online, but offline the reader still gets the last complete release.
//
// Strategy:
// - install: precache the hashed files (from the HTTP cache whenever it has them, fresh or
//   stale: a hashed name never changes its content, and the page's own load has usually
//   fetched them already), then the page (the HTTP cache's copy if it names this build, else
//   the host's, revalidated), kept only if it names this build; any failure (a missing file,
//   a page of another release) fails the install, and the current worker stays.
//   Take over at once (skipWaiting), so an update applies from the next load without waiting
//   for every tab to close;
// - activate: delete the caches of other builds; control open pages (clients.claim);
// - hashed files: cache first;
// - the page (index.html, with any query string): network first (with navigation preload),
//   with a short timeout, then the cached copy. The network's page replaces the cached one
//   only if it is this build's; an error page (404, 5xx) never replaces it, and is answered
//   with the cached copy when there is one. Online, a reader gets the current release;
//   offline, or on a network that does not answer in time, the page still opens.
// Everything else (other origins, other paths) goes to the network untouched.

/* global self, caches, fetch */
const BUILD = 'development';
const FILES = [];
/** The page contract (crates/core/src/page.rs), filled in by the build. */
const PAGE = {};

/** The app's page: the worker's own directory (it lives at the app's root). */
const APP_PAGE = new URL('./', self.location).href;
/**
 * This build's cache. Caches belong to the origin, and one origin may host several archives
 * (project pages: /a/, /b/), so the name carries the app's root, and activate deletes only the
 * other builds of this one.
 */
const PREFIX = `archive ${APP_PAGE} `;
const CACHE = PREFIX + BUILD;
/** How long a navigation waits for the network before the cached page is used. */
const NETWORK_TIMEOUT_MS = 3000;

const precached = new Set(FILES.map((file) => new URL(file, self.location).href));

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      try {
        // From the HTTP cache even when it holds them stale (a host without cache headers):
        // a hashed file's content is fixed by its name, and the page's own load has usually
        // just fetched them, so a first visit does not download the build twice.
        await cache.addAll([...precached].map((file) => new Request(file, { cache: 'force-cache' })));
        // The page last, and only this release's: it names the files just cached.
        await cache.put(APP_PAGE, await pageOfThisRelease());
      } catch (error) {
        // A cache without a page is this failed install's (a complete one, the active
        // worker's, if sw.js changed but not the files, has its page): drop it.
        if (!(await cache.match(APP_PAGE))) await caches.delete(CACHE);
        throw error;
      }
      await self.skipWaiting();
    })(),
  );
});

/**
 * This release's page: the HTTP cache's copy if it names this release (the visit that installs
 * the worker has usually just loaded it, and the release id tells a stale copy apart), else the
 * host's, revalidated. Throws if the host's page is an error or another release's.
 */
async function pageOfThisRelease() {
  const held = await fetch(new Request(APP_PAGE, { cache: 'force-cache' })).catch(() => null);
  if (held && held.ok && (await buildOf(held)) === BUILD) return held;
  const response = await fetch(new Request(APP_PAGE, { cache: 'no-cache' }));
  if (!response.ok) throw new Error(`sw.js: the page answered ${response.status}; keeping the current release`);
  const build = await buildOf(response);
  if (build !== BUILD) throw new Error(`sw.js: the page is release ${build}, not ${BUILD}; keeping the current release`);
  return response;
}

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
  if (request.mode === 'navigate' && (url.href === APP_PAGE || url.href === `${APP_PAGE}index.html`)) {
    event.respondWith(page(event));
  } else if (precached.has(url.href)) {
    event.respondWith(caches.match(request.url, { cacheName: CACHE }).then((hit) => hit || fetch(request)));
  }
});

/**
 * The page, network first: the network's answer if it comes within NETWORK_TIMEOUT_MS and is
 * not an error (it is then kept as the offline copy, if it is this release's page), else the
 * cached copy. Should the cache have none, the network's answer is awaited after all.
 */
async function page(event) {
  let stored = Promise.resolve();
  const network = Promise.resolve(event.preloadResponse)
    .then((preloaded) => preloaded || fetch(event.request))
    .then((response) => {
      if (response.ok) stored = keep(response.clone());
      return response;
    });
  // Keep the worker alive until the network's answer is stored, even if the cache answered.
  event.waitUntil(network.then(() => stored).catch(() => {}));
  const timeout = new Promise((resolve) => setTimeout(resolve, NETWORK_TIMEOUT_MS));
  const fast = await Promise.race([network.catch(() => null), timeout]);
  // A redirect passes (status 0 when opaque); a 404 or 5xx is the host's trouble, not the page.
  if (fast && fast.status < 400) return fast;
  const cached = await caches.match(APP_PAGE, { cacheName: CACHE });
  return cached || fast || network;
}

/**
 * Keeps `response` (a page from the network) as the offline copy if it is this release's page.
 * Another release's page names files this worker may not have (a half-finished deploy puts the
 * new page up before its files), so it is never kept here; its own worker keeps it.
 */
async function keep(response) {
  if ((await buildOf(response)) !== BUILD) return;
  const cache = await caches.open(CACHE);
  await cache.put(APP_PAGE, response);
}

/** The release a page belongs to: its build meta tag (PAGE.appBuildMeta, written by post-build.js). */
async function buildOf(response) {
  const meta = new RegExp(`<meta name="${PAGE.appBuildMeta}" content="([^"]*)"`);
  const match = meta.exec(await response.clone().text());
  return match ? match[1] : null;
}
