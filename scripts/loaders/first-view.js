// The first view's loader (first-view/, step 2 of scripts/post-build.js). post-build.js puts it
// inline at the top of <head>, inside a block that starts with compile-wasm.js and
// wasm-bindgen's glue for first-view/ (which declares `wasm_bindgen`), and fills in its slot,
// the module's URL.
//
// It leaves its outcome in `window.firstView` for the app's loader (app.js), which starts the
// app only afterwards so the two never compete for the network. If it cannot load, the first
// view declines (`<html data-first-view="declined: …">`) and the app shows the link instead.
window.firstView = (async () => {
  const parsed = new Promise((done) => {
    if (document.readyState === 'loading') addEventListener('DOMContentLoaded', done, { once: true });
    else done();
  });
  // A linked view (boot.js's rule, which runs next) waits behind the loading state: fetch at
  // once. So does a visit the service worker answers (a repeat visit): nothing competes for the
  // network then. Otherwise the default view is on screen already: fetch after its first
  // paint, so as not to compete with it (Lighthouse's simulated slow 4G counts even a
  // low-priority fetch against the stylesheet). The module compiles while it downloads, off the
  // main thread where the host's MIME type allows (compile-wasm.js); it starts on the default
  // view only after the first paint.
  const compile = () => compileWasm(__FIRST_VIEW_WASM__);
  const linked = location.search.length > 1;
  const early = linked || navigator.serviceWorker?.controller ? compile() : null;
  // Settled below; until then a failure must not count as an unhandled rejection.
  early?.catch(() => {});
  if (!linked) {
    await parsed;
    await new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
  }
  const view = wasm_bindgen;
  await view({ module_or_path: await (early ?? compile()) });
  // Parse the bundle while the document may still be parsing.
  view.prepare();
  await parsed;
  // Until the app starts (it sets the contract's global, see boot.js's `PAGE`): filter clicks
  // (offered by boot.js) and Back/Forward.
  const appStarting = () => window[PAGE.appStartingGlobal];
  window.firstViewTakes = (button) => !appStarting() && view.takeClick(button);
  addEventListener('popstate', () => {
    if (!appStarting()) view.showLocation();
  });
  return view.showLocation();
})().catch((error) => {
  document.documentElement.dataset.firstView = `declined: ${error}`;
  return 'declined';
});
