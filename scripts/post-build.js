// Trunk post-build hook (see Trunk.toml): finishes dist/index.html in Trunk's staging directory.
//
// 0. assets/boot.js goes inline, with the first view's loader (step 2), before the stylesheet:
//    nothing then holds the parser, and the body is parsed while the stylesheet downloads, as in
//    a static page.
// 1. Prerender: the default view, rendered to HTML by the app's own components
//    (`cargo run --features ssr --bin prerender`), replaces the loading placeholder, so the
//    archive is readable at first paint and without JavaScript. The live app replaces it on
//    start. A link with a query string must never show the wrong view first: assets/boot.js
//    marks such visits before the body is parsed and the stylesheet then keeps the prerendered
//    view hidden (showing the loading state) until the view is painted.
//    The same binary (`prerender head`) writes the head's title, description and Open Graph
//    tags from the bundle compiled in (between index.html's head markers), and the loading
//    state takes the archive's heading, so an archive built from your own bundle describes
//    itself, not the shipped one.
// 2. The first view (first-view/, a small wasm module of the core): paints a linked view on
//    the prerendered page as soon as the document is parsed, and answers filter clicks until
//    the app starts. An inline script in <head> fetches it at once for a linked view or a visit
//    the service worker answers, and otherwise after the first paint of the default view
//    (which is on screen already).
// 3. The app starts after the first view: Trunk preloads the wasm and its JS from <head>, where
//    they compete with the HTML and the stylesheet for bandwidth before anything is painted
//    (Lighthouse's simulated slow 4G counted the whole wasm download into the LCP). The loader
//    waits for the first view, then for a painted frame. On a visit the service worker
//    answers, it fetches and compiles the app meanwhile.
// 4. Content-Security-Policy: scripts only from our origin plus the three inline scripts
//    (boot.js, the first view's and the app's loaders), allowed by their SHA-256 hashes; wasm compilation is
//    allowed by 'wasm-unsafe-eval'. No 'unsafe-inline', no 'unsafe-eval'. The service worker may
//    come from our origin only (worker-src 'self').
// 5. Service worker (assets/sw.js, copied unhashed to the app's root): fill in the build's
//    hashed files (the first view's too), which it precaches, and a build id derived from their
//    names, so that every release whose files differ has a byte-different sw.js and reaches
//    readers (see sw.js). The same id goes into index.html (<meta name="app-build">), to tell
//    releases apart.
//
// Set PRERENDER=0 to skip steps 1 to 3 (the page then shows the loading state until the app
// starts, and the head keeps index.html's texts, which describe the shipped bundle).
const { execFileSync } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('post-build.js runs as a Trunk hook: TRUNK_STAGING_DIR is not set');
  process.exit(1);
}
const root = path.resolve(__dirname, '..');
/** Where the build is served from (Trunk's --public-url), ending in `/`. */
const publicUrl = (process.env.TRUNK_PUBLIC_URL || '/').replace(/\/?$/, '/');
const indexPath = path.join(staging, 'index.html');
let html = fs.readFileSync(indexPath, 'utf8');

/**
 * Runs the native prerender binary (src/bin/prerender.rs) with `args` and returns what it
 * prints: the default view, `head` (the head tags describing the archive) or `page-contract`.
 * Its build is kept apart from the wasm one's target dir so the two never wait on each other's
 * lock or evict each other's artifacts.
 */
function prerender(...args) {
  return execFileSync(
    'cargo',
    ['run', '--quiet', '--locked', '--no-default-features', '--features', 'ssr', '--bin', 'prerender', '--', ...args],
    {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 << 20,
      env: { ...process.env, CARGO_TARGET_DIR: path.join(root, 'target', 'prerender') },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
}

/** Inline scripts for the top of <head> (step 0): the first view's loader, when there is one. */
const headScripts = [];

if (process.env.PRERENDER !== '0') {
  const begin = '<!-- prerender:begin -->';
  const end = '<!-- prerender:end -->';
  const start = html.indexOf(begin);
  const stop = html.indexOf(end);
  if (start < 0 || stop < start) {
    console.error(`index.html lacks the ${begin} … ${end} markers`);
    process.exit(1);
  }
  const rendered = prerender();
  const head = /<!-- head:begin[^>]*-->[\s\S]*?<!-- head:end -->/;
  if (!head.test(html)) {
    console.error('index.html lacks the <!-- head:begin --> … <!-- head:end --> markers');
    process.exit(1);
  }
  html = html.replace(head, () => prerender('head'));
  // The loading state (a linked view's first screen) shows the archive's heading.
  const heading = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(rendered);
  const loadingTitle = /(<p class="loading-title">)[^<]*(<\/p>)/;
  if (!heading || !loadingTitle.test(html)) {
    console.error("post-build.js: the prerendered heading or the loading state's title is missing; update post-build.js");
    process.exit(1);
  }
  html = html.replace(loadingTitle, (_, open, close) => open + heading[1] + close);
  const placeholder = html.slice(html.indexOf(begin) + begin.length, html.indexOf(end));
  html =
    html.slice(0, html.indexOf(begin)) +
    placeholder.replace('class="loading"', 'class="loading for-linked-view"') +
    `<div id="prerendered">${rendered}</div>` +
    html.slice(html.indexOf(end) + end.length);
  html = startAfterFirstPaint(html);
  headScripts.push(firstViewLoader());
}

/**
 * Step 2, the first view (first-view/). Built here because Trunk builds one app per page; named
 * by a hash of its contents so a host may cache it forever. The inline script leaves its
 * outcome in `window.firstView` for the app's loader, which starts the app only afterwards so
 * the two never compete for the network.
 */
function firstViewLoader() {
  const target = process.env.CARGO_TARGET_DIR || path.join(root, 'target');
  execFileSync(
    'cargo',
    ['build', '--quiet', '--locked', '--release', '--target', 'wasm32-unknown-unknown', '-p', 'first-view', '--lib'],
    { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] },
  );
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'first-view-'));
  // `no-modules`: a classic script that the loader below carries inline, so nothing waits for a
  // module import (which, while the parser is busy, resolved up to 100 ms after its file came).
  execFileSync('wasm-bindgen', ['--target', 'no-modules', '--no-typescript', '--out-dir', out,
    path.join(target, 'wasm32-unknown-unknown', 'release', 'first_view.wasm')], { stdio: 'inherit' });
  // The same wasm features rustc emits for wasm32-unknown-unknown; binaryen from npm (see
  // docs in shared toolchain notes: Debian's breaks the module).
  execFileSync('wasm-opt', ['-Oz', '--strip-debug', '--strip-producers', '--enable-bulk-memory',
    '--enable-nontrapping-float-to-int', '--enable-sign-ext', '--enable-mutable-globals',
    '--enable-reference-types', '--enable-multivalue', path.join(out, 'first_view_bg.wasm'),
    '-o', path.join(out, 'first_view_bg.wasm')], { stdio: 'inherit' });
  const glue = withoutDocComments(fs.readFileSync(path.join(out, 'first_view.js'), 'utf8'));
  const wasm = fs.readFileSync(path.join(out, 'first_view_bg.wasm'));
  const hash = crypto.createHash('sha256').update(glue).update(wasm).digest('hex').slice(0, 16);
  const wasmName = `first-view-${hash}_bg.wasm`;
  fs.writeFileSync(path.join(staging, wasmName), wasm);
  fs.rmSync(out, { recursive: true, force: true });

  // The glue declares `wasm_bindgen`; the block keeps it out of the page's global scope.
  return `<script>
{
${glue}
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
  // main thread; it starts on the default view only after the first paint.
  const compile = () => WebAssembly.compileStreaming(fetch('${publicUrl}${wasmName}'));
  const linked = location.search.length > 1;
  const early = linked || navigator.serviceWorker?.controller ? compile() : null;
  if (!linked) {
    await parsed;
    await new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
  }
  const view = wasm_bindgen;
  await view({ module_or_path: await (early ?? compile()) });
  // Parse the bundle while the document may still be parsing.
  view.prepare();
  await parsed;
  // Until the app starts: filter clicks (offered by boot.js) and Back/Forward.
  window.firstViewTakes = (button) => !window.appStarting && view.takeClick(button);
  addEventListener('popstate', () => {
    if (!window.appStarting) view.showLocation();
  });
  return view.showLocation();
})().catch((error) => {
  document.documentElement.dataset.firstView = \`declined: \${error}\`;
  return 'declined';
});
}
</script>`;
}

/**
 * wasm-bindgen's generated JavaScript without its JSDoc blocks and line comments (they are
 * about half of it), for inlining. Only whole lines go, so no code is touched.
 */
function withoutDocComments(source) {
  return source
    .split('\n')
    .filter((line) => !/^\s*(\/\*\*|\*|\/\/)/.test(line))
    .join('\n');
}

/**
 * Step 0: boot.js inline. Returns the page without its script tag, and the inline script;
 * `data-root` tells boot.js where the app's root (and sw.js) is.
 */
function inlineBoot(page) {
  const tag = /<script src="[^"]*?(boot-[^"/]+\.js)"[^>]*><\/script>\s*/.exec(page);
  if (!tag) {
    console.error("post-build.js: boot.js's script tag is missing; update inlineBoot()");
    process.exit(1);
  }
  const file = path.join(staging, tag[1]);
  const source = fillOnce(fs.readFileSync(file, 'utf8'), 'const PAGE = {};', `const PAGE = ${pageContract()};`, 'boot.js');
  fs.rmSync(file);
  return [page.replace(tag[0], ''), `<script data-root="${publicUrl}">\n${source}</script>`];
}

/**
 * The page contract (core/src/page.rs) as JSON: the names the page's JavaScript shares with the
 * Rust code, printed by the prerender binary so that no name is restated here.
 */
function pageContract() {
  return prerender('page-contract').trim();
}

/** Replaces the one occurrence of `slot` in `source` (the file `name`), or stops the build. */
function fillOnce(source, slot, value, name) {
  const count = source.split(slot).length - 1;
  if (count !== 1) {
    console.error(`post-build.js: ${name} must contain \`${slot}\` exactly once (found ${count})`);
    process.exit(1);
  }
  return source.replace(slot, () => value);
}

/**
 * Step 0: puts `scripts` (inline) before the page's stylesheet link, and a preload of the
 * stylesheet before them. A classic script waits for every stylesheet before it, and an
 * external one also stops the parser while it downloads; so the page's scripts used to hold
 * the parser (and the first view's fetch) until the stylesheet and boot.js had both arrived,
 * where a static page parses its body meanwhile. Inline and before the stylesheet, they run at
 * once; the preload (which scripts do not wait for) keeps the render-blocking stylesheet the
 * first file requested.
 */
function placeFirst(page, scripts) {
  const stylesheet = /<link rel="stylesheet" href="([^"]+)"( integrity="[^"]+")?\/?>/.exec(page);
  if (!stylesheet) {
    console.error("post-build.js: the stylesheet's link is missing; update placeFirst()");
    process.exit(1);
  }
  const preload = `<link rel="preload" as="style" href="${stylesheet[1]}"${stylesheet[2] || ''}/>`;
  return page.replace(stylesheet[0], [preload, ...scripts, stylesheet[0]].join('\n    '));
}

/** Rewrites Trunk's loader (step 3); fails the build if Trunk's output is not what we expect. */
function startAfterFirstPaint(page) {
  const loader = /<script type="module">\s*import init, \* as bindings from '([^']+)';\s*const wasm = await init\(\{ module_or_path: '([^']+)' \}\);[\s\S]*?<\/script>/;
  const match = loader.exec(page);
  if (!match) {
    console.error("post-build.js: Trunk's wasm loader script has changed; update startAfterFirstPaint()");
    process.exit(1);
  }
  const [, js, wasm] = match;
  const script = `<script type="module">
// On a visit the service worker answers (a repeat visit), nothing competes for the network:
// fetch the app and compile it at once, off the main thread. It still starts after the first view.
const early = navigator.serviceWorker?.controller ? [import('${js}'), WebAssembly.compileStreaming(fetch('${wasm}'))] : null;
// The first view (step 2) comes first: it paints a linked view or leaves it to the app. Then,
// unless the loading state still waits for the app, let the browser render what is painted
// before the app's start (a long task) holds the main thread.
if (window.firstView) await window.firstView;
if (!document.documentElement.classList.contains('linked-view')) {
  await new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve));
    setTimeout(resolve, 200);
  });
}
const [bindings, module] = early ? await Promise.all(early) : [await import('${js}'), '${wasm}'];
const wasm = await bindings.default({ module_or_path: module });
window.wasmBindings = bindings;
dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
</script>`;
  return page
    .replace(match[0], script)
    .replace(/<link rel="modulepreload" href="[^"]+"[^>]*>\s*/, '')
    .replace(/<link rel="preload" href="[^"]+\.wasm"[^>]*>\s*/, '');
}

const [withoutBoot, boot] = inlineBoot(html);
html = placeFirst(withoutBoot, [...headScripts, boot]);
const build = serviceWorker();
html = html.replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    <meta name="app-build" content="${build}" />`);

/**
 * Fills in sw.js's BUILD and FILES (step 5) and returns the build id. The files are every file
 * of the staging dir but index.html (fetched network first, not precached) and sw.js itself,
 * as URLs under the public URL the build was made for (Trunk's --public-url).
 */
function serviceWorker() {
  const swPath = path.join(staging, 'sw.js');
  if (!fs.existsSync(swPath)) {
    console.error('post-build.js: sw.js is missing from the build (index.html copies assets/sw.js)');
    process.exit(1);
  }
  const files = listFiles(staging)
    .filter((file) => file !== 'index.html' && file !== 'sw.js')
    .map((file) => publicUrl + file)
    .sort();
  const build = crypto.createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 16);
  const source = fs.readFileSync(swPath, 'utf8');
  const filled = source
    .replace("const BUILD = 'development';", `const BUILD = '${build}';`)
    .replace('const FILES = [];', `const FILES = ${JSON.stringify(files)};`);
  if (!filled.includes(build) || !filled.includes(JSON.stringify(files))) {
    console.error("post-build.js: sw.js no longer declares `const BUILD = 'development';` and `const FILES = [];`");
    process.exit(1);
  }
  fs.writeFileSync(swPath, filled);
  return build;
}

/** Paths of the files under `dir`, relative to it, with forward slashes. */
function listFiles(dir, prefix = '') {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? listFiles(path.join(dir, entry.name), `${prefix}${entry.name}/`)
      : [`${prefix}${entry.name}`],
  );
}

const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
  (m) => `'sha256-${crypto.createHash('sha256').update(m[1], 'utf8').digest('base64')}'`,
);
const csp = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
html = html.replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${csp}" />`);
fs.writeFileSync(indexPath, html);
