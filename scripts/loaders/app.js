// The app's loader (step 3 of scripts/post-build.js): a module script in <head>, after
// compile-wasm.js, with its two slots filled in by post-build.js: the URLs of wasm-bindgen's
// glue and of the module. It replaces Trunk's own loader, which started the app at once and whose
// preloads competed with the HTML and the stylesheet for bandwidth before anything was painted.
//
// The app starts after the first view (first-view.js), then after a painted frame. On a visit
// the service worker answers (a repeat visit), nothing competes for the network: it fetches and
// compiles the app at once, off the main thread.
//
// If the app cannot be fetched or started, or the browser has no WebAssembly, the page says so
// (failed() below) instead of looking interactive, or loading, for ever.
//
// `PAGE` is the page contract (core/src/page.rs), which boot.js, an inline classic script that
// runs before any module script, declares for the whole page.

/** Explains a failed start, in place of the loading state, with a "Try again" (a reload). */
const failed = (error) => {
  console.error('The archive could not start:', error);
  const html = document.documentElement;
  // Live after all (it failed after mounting): nothing to explain.
  if (html.hasAttribute(PAGE.appStateAttr) || html.hasAttribute('data-app-failed')) return;
  const kind = error?.kind ?? (typeof WebAssembly === 'object' ? 'start' : 'no-wasm');
  const what = {
    download: 'Its program could not be downloaded: the connection may have dropped, or the site may be in the middle of an update.',
    'no-wasm': 'It needs WebAssembly, which this browser does not offer or has turned off.',
    start: 'Its program was downloaded but would not start in this browser.',
  }[kind] ?? 'Its program would not start.';
  // A shared link whose view is not on screen (the loading state) has nothing else to show.
  const waiting = html.classList.contains(PAGE.linkedViewClass);
  const still = waiting
    ? "This link's view needs it."
    : 'You can still read the papers on this page; filters, search and the other buttons need it.';

  // The markup is index.html's (a template), so no markup is written here.
  const box = document.getElementById('app-failed-template').content.firstElementChild.cloneNode(true);
  box.querySelector('.app-failed-text').textContent = `${what} ${still}`;
  box.querySelector('button').addEventListener('click', () => location.reload());

  // No control may look as if it would act: the page's controls are the prerendered view's,
  // which only the app (or, before it, the first view) answers. A click kept for the app
  // (boot.js) will not be done.
  for (const control of document.querySelectorAll(`#${PAGE.prerenderedId} :is(button, input, select, textarea)`)) {
    control.disabled = true;
  }
  for (const kept of document.querySelectorAll('[data-early]')) kept.removeAttribute('data-early');
  html.dataset.appFailed = kind;
  const loading = document.getElementById(PAGE.loadingId);
  if (loading) loading.after(box);
  else document.body.prepend(box);
};

const APP_JS = __APP_JS__;
const APP_WASM = __APP_WASM__;

try {
  // import() fails with a generic TypeError; say it is the download.
  const glue = () => import(APP_JS).catch((error) => {
    throw Object.assign(new Error(`${APP_JS} could not be loaded (${error.message})`), { kind: 'download' });
  });
  // The glue and the compiled module, fetched together.
  const load = () => Promise.all([glue(), compileWasm(APP_WASM)]);
  let early = null;
  if (navigator.serviceWorker?.controller) {
    early = load();
    // Awaited below; until then a failure must not count as an unhandled rejection.
    early.catch(() => {});
  }
  // The first view comes first: it paints a linked view or leaves it to the app. Then, unless
  // the loading state still waits for the app, let the browser render what is painted before
  // the app's start (a long task) holds the main thread.
  if (window.firstView) await window.firstView;
  if (!document.documentElement.classList.contains(PAGE.linkedViewClass)) {
    await new Promise((resolve) => {
      requestAnimationFrame(() => setTimeout(resolve));
      setTimeout(resolve, 200);
    });
  }
  const [bindings, module] = await (early ?? load());
  const wasm = await bindings.default({ module_or_path: module });
  window.wasmBindings = bindings;
  dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
} catch (error) {
  failed(error);
}
