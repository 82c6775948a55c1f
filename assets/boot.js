// Runs before the body is parsed: scripts/post-build.js puts it inline at the top of <head>
// (allowed by the page's CSP by its hash), with `data-root` naming the app's root URL.
//
// The names this script shares with the Rust code (core/src/page.rs), filled in by the build.
const PAGE = {};

// 1. A visit whose query string sets any of the archive's parameters is a shared view, which
//    the prerendered default view would misrepresent; mark it so the stylesheet shows the
//    loading state until it is painted. A link with none of them (only a site's tracking, or
//    parameters the archive does not know) is the default view: it shows at once.
if ([...new URLSearchParams(location.search)].some(([key, value]) => PAGE.params.includes(key) && value.trim())) {
  document.documentElement.classList.add(PAGE.linkedViewClass);
}
// 2. Apply the colour scheme the reader chose earlier (see src/ui/theme_toggle.rs), so the page
//    does not flash the system scheme first.
try {
  const theme = JSON.parse(localStorage.getItem('theme'));
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch {
  // No storage, or a value we did not write: keep the system scheme.
}

// 3. Nothing a reader does before the app is live is lost. Until the app marks <html data-app>
//    (src/lib.rs), the page on screen is the build-time render, which cannot act on its own
//    (except for the filter clicks the first view answers on a shared link, see first-view/).
//    The app adopts these very nodes, so what the reader typed, and where the focus is, stay
//    as they are. What they did is kept, in order: the buttons clicked, the selects changed,
//    the typing in the search box; once the app is live, each is done again on the same
//    element, which the app then handles as if it had just happened. A kept control is marked
//    (data-early) so that a click shows at once, and so that the app leaves a box the reader
//    typed into as it is.
(() => {
  const early = [];
  const live = () => document.documentElement.hasAttribute(PAGE.appStateAttr);
  // The first view (first-view/) answers filter clicks once it is ready: it takes the kept
  // clicks, oldest first, up to the first one it cannot paint (that one, and all after it,
  // wait for the app), so everything happens in the order it was done.
  const offerToFirstView = () => {
    while (!live() && early.length > 0 && early[0].kind === 'click' && window.firstViewTakes?.(early[0].el)) {
      early.shift().el.removeAttribute(PAGE.earlyAttr);
    }
  };
  if (window.firstView) window.firstView.then(offerToFirstView);
  // Kept events go no further: the app adopts the page a part at a time (src/adopt.rs), and
  // its handlers, already attached to the parts adopted so far, must not act on a page that is
  // not yet showing its view. The kept event reaches them once the app is live.
  const remember = (kind, event, el, value) => {
    // Only the page the app adopts (not, say, the "Try again" of a failed start).
    if (live() || !el || !el.closest(`#${PAGE.prerenderedId}`)) return;
    event.stopPropagation();
    early.push({ kind, el, value });
    el.setAttribute(PAGE.earlyAttr, '');
    offerToFirstView();
  };
  document.addEventListener('click', (e) => remember('click', e, e.target.closest && e.target.closest('button')), true);
  document.addEventListener('change', (e) => {
    if (e.target.matches && e.target.matches('select')) remember('change', e, e.target, e.target.value);
  }, true);
  document.addEventListener('input', (e) => {
    if (e.target.id === PAGE.searchInputId) remember('input', e, e.target, e.target.value);
  }, true);

  const replay = () => {
    for (const { kind, el, value } of early.splice(0)) {
      el.removeAttribute(PAGE.earlyAttr);
      if (!el.isConnected) continue;
      if (kind === 'click') el.click();
      else {
        // Adopting the page may have reset a select to the build-time view's option.
        el.value = value;
        el.dispatchEvent(new Event(kind, { bubbles: true }));
      }
    }
  };
  new MutationObserver((_, observer) => {
    if (!live()) return;
    observer.disconnect();
    replay();
  }).observe(document.documentElement, { attributes: true, attributeFilter: [PAGE.appStateAttr] });
})();

// 4. Repeat visits and offline: register the service worker (assets/sw.js; the build fills in
//    its file list) once the app is live, so that its precaching never competes with the first
//    paint or the app's start. It lives at the app's root (data-root), so its scope
//    covers the app also under a sub-path. Browsers without service workers, and pages opened
//    from file:, simply go without.
(() => {
  if (!('serviceWorker' in navigator) || location.protocol === 'file:') return;
  const worker = new URL('sw.js', new URL(document.currentScript.dataset.root, location.href));
  const register = () => {
    navigator.serviceWorker.register(worker).catch(() => {
      // A browser that refuses (private mode, storage off) still has the whole archive online.
    });
  };
  new MutationObserver((_, observer) => {
    if (!document.documentElement.hasAttribute(PAGE.appStateAttr)) return;
    observer.disconnect();
    register();
  }).observe(document.documentElement, { attributes: true, attributeFilter: [PAGE.appStateAttr] });
})();
