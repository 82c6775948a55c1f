// The page's start, in one place. The build (scripts/post-build.js) puts this script inline at
// the top of <head>, so it runs before the body is parsed, and fills in its two constants.
//
//   index.html (the default view, built by the app's own components) on screen
//    └─ this script: the phase, the colour scheme, the input queue, the app's download
//        └─ the app (src/lib.rs) adopts the page, shows the address's view, and calls live():
//           the phase becomes live and the kept input is done again, on the same elements
//
// Until live, this script owns the page: it keeps what the reader does, and says so if the app
// is slow to arrive or cannot start. From live on, the app owns it.

/** The page contract (crates/core/src/page.rs): the names this script shares with the app. */
const PAGE = {};
/** The app's files: { root } (the public URL), and its { js } glue and { wasm } module. */
const FILES = {};

(() => {
  const html = document.documentElement;
  const setPhase = (phase) => html.setAttribute(PAGE.phaseAttr, PAGE.phases[phase]);
  const inPhase = (phase) => html.getAttribute(PAGE.phaseAttr) === PAGE.phases[phase];
  const live = () => inPhase('live');

  // 1. The phase. An address that sets any of the archive's parameters asks for a view the
  //    build-time page does not show: the stylesheet shows the loading state until the app
  //    paints it. An address with none (only a site's tracking, or parameters the archive does
  //    not know) is the default view, on screen at once.
  const linked = [...new URLSearchParams(location.search)].some(([key, value]) => PAGE.params.includes(key) && value.trim());
  setPhase(linked ? 'loading' : 'static');

  // 2. The colour scheme the reader chose earlier (src/components/theme_toggle.rs), before the first
  //    paint, so the page does not flash the system's scheme first.
  try {
    const theme = JSON.parse(localStorage.getItem(PAGE.themeKey));
    if (theme === 'light' || theme === 'dark') html.setAttribute(PAGE.themeAttr, theme);
  } catch {
    // No storage, or a value we did not write: the system's scheme.
  }

  // 3. The input queue. The app adopts the very nodes on screen, so what the reader typed and
  //    where the focus and caret are stay as they are. What they did is kept, in order (the
  //    buttons clicked, the selects changed, the typing in the search box) and stopped here,
  //    so the handlers of parts already adopted never act on a page not yet showing its view.
  //    live() hands the queue to the app: each is done again on the same element. A kept
  //    control is marked (data-early) so a click shows at once, and so that the app leaves a
  //    box the reader typed into as it is.
  const kept = [];
  const keep = (kind, event, el, value) => {
    if (live() || !el || !el.closest(`#${PAGE.prerenderedId}`)) return;
    event.stopPropagation();
    kept.push({ kind, el, value });
    el.setAttribute(PAGE.earlyAttr, '');
  };
  document.addEventListener('click', (e) => keep('click', e, e.target.closest?.('button')), true);
  document.addEventListener('change', (e) => {
    if (e.target.matches?.('select')) keep('change', e, e.target, e.target.value);
  }, true);
  document.addEventListener('input', (e) => {
    if (e.target.id === PAGE.searchInputId) keep('input', e, e.target, e.target.value);
  }, true);
  const replay = () => {
    for (const { kind, el, value } of kept.splice(0)) {
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

  // The document parsed: the app and the notices below need the whole page.
  const parsed = new Promise((done) => {
    if (document.readyState === 'loading') addEventListener('DOMContentLoaded', done, { once: true });
    else done();
  });

  // 4. Notices of this script's own (index.html's templates, outside the app's page): a slow
  //    download, a failed start. Each has a "Try again", a reload.
  const notice = (template, text) => {
    const box = document.getElementById(template).content.firstElementChild.cloneNode(true);
    box.querySelector('.start-notice-text').textContent = text;
    box.querySelector('button').addEventListener('click', () => location.reload());
    document.body.prepend(box);
    return box;
  };

  // 5. A download that stalls, neither failing nor finishing: after SLOW_MS the page says so
  //    and offers to try again. A link's loading state gives way to the papers meanwhile.
  const SLOW_MS = 8000;
  const slow = setTimeout(async () => {
    await parsed;
    if (!inPhase('static') && !inPhase('loading')) return;
    const waiting = inPhase('loading');
    const box = notice('start-slow-template', waiting
      ? "The archive's program is slow to arrive, and this link's view needs it. Meanwhile, here are all the papers."
      : "The archive's program is slow to arrive. You can read the papers meanwhile; filters and search start working when it comes.");
    box.setAttribute(PAGE.slowAttr, '');
    if (waiting) setPhase('static');
  }, SLOW_MS);

  // 6. A failed start: the page says what failed, and no control looks as if it would act
  //    (only the app answers them). The kept input will not be done.
  const failed = async (error) => {
    console.error('The archive could not start:', error);
    await parsed;
    if (live() || inPhase('failed')) return;
    clearTimeout(slow);
    document.querySelector(`[${PAGE.slowAttr}]`)?.remove();
    const kind = error?.kind ?? (typeof WebAssembly === 'object' ? 'start' : 'no-wasm');
    const what = {
      download: 'Its program could not be downloaded: the connection may have dropped, or the site may be in the middle of an update.',
      'no-wasm': 'It needs WebAssembly, which this browser does not offer or has turned off.',
      start: 'Its program was downloaded but would not start in this browser.',
    }[kind];
    const still = inPhase('loading')
      ? "This link's view needs it; here are all the papers instead."
      : 'You can still read the papers on this page; filters, search and the other buttons need it.';
    notice('start-failed-template', `${what} ${still}`).setAttribute(PAGE.failureAttr, kind);
    for (const control of document.querySelectorAll(`#${PAGE.prerenderedId} :is(button, input, select)`)) control.disabled = true;
    for (const { el } of kept.splice(0)) el.removeAttribute(PAGE.earlyAttr);
    setPhase('failed');
  };

  // 7. The app's download: its module compiles while it downloads where the host sends
  //    `application/wasm` (and from its bytes where it sends another type, as older nginx and S3
  //    do). On a link the page waits for it, so it goes first; on the default view, which is on
  //    screen already, it goes after the page's own files.
  const download = async (url, priority) => {
    const failure = (kind, message) => Object.assign(new Error(`${url}: ${message}`), { kind });
    if (typeof WebAssembly !== 'object') throw failure('no-wasm', 'WebAssembly is not available');
    let response;
    try {
      response = await fetch(url, { priority });
    } catch (error) {
      throw failure('download', `could not be fetched (${error.message})`);
    }
    if (!response.ok) throw failure('download', `the host answered ${response.status}`);
    const type = (response.headers.get('content-type') || '').split(';')[0].trim().toLowerCase();
    if (type === 'application/wasm' && WebAssembly.compileStreaming) return WebAssembly.compileStreaming(response);
    let bytes;
    try {
      bytes = await response.arrayBuffer();
    } catch (error) {
      throw failure('download', `could not be read (${error.message})`);
    }
    return WebAssembly.compile(bytes);
  };
  const glue = (url) => import(url).catch((error) => {
    throw Object.assign(new Error(`${url} could not be loaded (${error.message})`), { kind: 'download' });
  });
  const priority = linked ? 'high' : 'low';
  Promise.all([glue(FILES.js), download(FILES.wasm, priority), parsed])
    .then(([app, module]) => app.default({ module_or_path: module }))
    .catch(failed);

  // 8. Repeat visits and offline: the service worker (assets/sw.js) is registered once the app
  //    is live, so it never competes with the first visit. It lives at the app's root, so its
  //    scope covers the app also under a sub-path.
  const registerWorker = () => {
    if (!('serviceWorker' in navigator) || location.protocol === 'file:') return;
    const root = new URL(FILES.root, location.href);
    navigator.serviceWorker.register(new URL('sw.js', root)).catch(() => {
      // A browser that refuses (private mode, storage off) still has the whole archive online.
    });
  };

  // The hand-over (src/handover.rs).
  window[PAGE.startGlobal] = {
    live() {
      clearTimeout(slow);
      document.querySelector(`[${PAGE.slowAttr}]`)?.remove();
      setPhase('live');
      replay();
      registerWorker();
    },
  };
})();
