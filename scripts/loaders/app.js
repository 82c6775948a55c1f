// The app's loader (step 3 of scripts/post-build.js): a module script in <head>, after
// compile-wasm.js, with its two slots filled in by post-build.js: the URLs of wasm-bindgen's
// glue and of the module. It replaces Trunk's own loader, which started the app at once and whose
// preloads competed with the HTML and the stylesheet for bandwidth before anything was painted.
//
// The app starts after the first view (first-view.js), then after a painted frame. On a visit
// the service worker answers (a repeat visit), nothing competes for the network: it fetches and
// compiles the app at once, off the main thread.
const APP_JS = __APP_JS__;
const APP_WASM = __APP_WASM__;

const load = () => Promise.all([import(APP_JS), compileWasm(APP_WASM)]);
const early = navigator.serviceWorker?.controller ? load() : null;
// The first view comes first: it paints a linked view or leaves it to the app. Then, unless
// the loading state still waits for the app, let the browser render what is painted before
// the app's start (a long task) holds the main thread.
if (window.firstView) await window.firstView;
if (!document.documentElement.classList.contains('linked-view')) {
  await new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve));
    setTimeout(resolve, 200);
  });
}
const [bindings, module] = await (early ?? load());
const wasm = await bindings.default({ module_or_path: module });
window.wasmBindings = bindings;
dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
