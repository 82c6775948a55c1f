// Trunk post-build hook (see Trunk.toml): finishes dist/index.html in Trunk's staging directory.
//
// Every edit of the page fills a named slot or replaces one exact match; anything else (a slot
// missing or twice, Trunk's output changed) stops the build with a message saying what and
// where. The finished page is then checked as a whole (checkPage): one Content-Security-Policy,
// before any script, allowing exactly the page's inline scripts, and no slot left unfilled.
// The slots are HTML comments, `<!-- slot:NAME -->`, in index.html (csp, app-build,
// head-scripts), plus the one Trunk writes for the app's loader (Trunk.toml's pattern_script,
// which also turns Trunk's preloads off). The loaders are real files, scripts/loaders/*.js, with
// their slots written `__NAME__` (fillTemplate).
//
// 0. assets/boot.js goes inline, with the first view's loader (step 2), before the stylesheet
//    (slot head-scripts): nothing then holds the parser, and the body is parsed while the
//    stylesheet downloads, as in a static page.
// 1. Prerender: the default view, rendered to HTML by the app's own components
//    (`cargo run --features ssr --bin prerender`), replaces the loading placeholder, so the
//    archive is readable at first paint and without JavaScript. The live app adopts these
//    very nodes on start (hydration), instead of drawing the page again. A link with a query
//    string must never show the wrong view first: assets/boot.js marks such visits before
//    the body is parsed and the stylesheet then keeps the prerendered view hidden (showing
//    the loading state) until the view is painted.
//    The same binary (`prerender head`) writes the head's title, description and Open Graph
//    tags from the bundle compiled in (between index.html's head markers), and the loading
//    state takes the archive's heading, so an archive built from your own bundle describes
//    itself, not the shipped one. `prerender page-contract` prints the names the page's
//    JavaScript shares with the Rust code (core/src/page.rs), which fill boot.js's `PAGE`.
// 2. The first view (first-view/, a small wasm module of the core): paints a linked view on
//    the prerendered page as soon as the document is parsed, and answers filter clicks until
//    the app starts. An inline script in <head> (scripts/loaders/first-view.js) fetches it at
//    once for a linked view or a visit the service worker answers, and otherwise after the
//    first paint of the default view (which is on screen already).
// 3. The app starts after the first view (scripts/loaders/app.js, in place of Trunk's loader;
//    Trunk's preloads competed with the HTML and the stylesheet for bandwidth, and Lighthouse's
//    simulated slow 4G counted the whole wasm download into the LCP). The loader waits for the
//    first view, then for a painted frame. On a visit the service worker answers, it fetches and
//    compiles the app meanwhile. If the app cannot be fetched or started, it says so on the
//    page, with a "Try again". Both loaders compile whatever MIME type the host sends
//    (scripts/loaders/compile-wasm.js).
// 4. Content-Security-Policy (slot csp): scripts only from our origin plus the page's inline
//    scripts (boot.js, the first view's and the app's loaders), allowed by their SHA-256
//    hashes; wasm compilation is allowed by 'wasm-unsafe-eval'. No 'unsafe-inline', no
//    'unsafe-eval'. The service worker may come from our origin only (worker-src 'self').
// 5. Service worker (assets/sw.js, copied unhashed to the app's root): fill in the build's
//    hashed files (the first view's too), which it precaches, and a build id derived from their
//    names, so that every release whose files differ has a byte-different sw.js and reaches
//    readers (see sw.js). The same id goes into index.html (slot app-build,
//    <meta name="app-build">), to tell releases apart.
//
// Set PRERENDER=0 to skip steps 1 and 2 (the page then shows the loading state until the app
// starts, and the head keeps index.html's texts, which describe the shipped bundle).
//
// The edits are functions of text (finishPage and what it calls), exported for
// scripts/post-build.test.js; the build itself runs only when Trunk runs this file.
const { execFileSync } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const vm = require('node:vm');

const root = path.resolve(__dirname, '..');
const loaders = path.join(__dirname, 'loaders');

/** A build step that found something other than it expects; the message says what and where. */
class BuildError extends Error {}

/** How many times `pattern` (a string, or a regular expression) occurs in `text`. */
function occurrences(text, pattern) {
  if (typeof pattern === 'string') return text.split(pattern).length - 1;
  const flags = pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`;
  return [...text.matchAll(new RegExp(pattern.source, flags))].length;
}

/**
 * Replaces the one occurrence of `pattern` in `text` by `replacement` (a string, taken
 * literally, or a function of the match as for String.replace). Throws a BuildError naming
 * `what` unless there is exactly one.
 */
function replaceOnce(text, pattern, replacement, what) {
  const found = occurrences(text, pattern);
  if (found !== 1) {
    throw new BuildError(`post-build.js: expected exactly one ${what}, found ${found}`);
  }
  const single = typeof pattern === 'string' ? pattern : new RegExp(pattern.source, pattern.flags.replace('g', ''));
  return text.replace(single, typeof replacement === 'function' ? replacement : () => replacement);
}

/** The text of the slot `name` in index.html. */
const slot = (name) => `<!-- slot:${name} -->`;

/** Fills index.html's slot `name` with `content`; the slot must be there exactly once. */
function fillSlot(page, name, content) {
  return replaceOnce(page, slot(name), content, `${slot(name)} in index.html`);
}

/** The slots of a loader file: `__NAME__`, an identifier, so the file stays plain JavaScript. */
const TEMPLATE_SLOT = /\b__([A-Z][A-Z0-9_]*)__\b/g;

/**
 * Fills the slots of a loader (`__NAME__`) with JSON literals of `values` (by NAME). Every
 * slot of the file must be given, and every value must have its slot, exactly once.
 */
function fillTemplate(source, values, file) {
  const slots = [...source.matchAll(TEMPLATE_SLOT)].map((m) => m[1]);
  for (const name of slots) {
    if (!(name in values)) throw new BuildError(`post-build.js: ${file} has a slot __${name}__ that nothing fills`);
  }
  for (const name of Object.keys(values)) {
    const found = slots.filter((s) => s === name).length;
    if (found !== 1) throw new BuildError(`post-build.js: expected the slot __${name}__ once in ${file}, found ${found}`);
  }
  return source.replace(TEMPLATE_SLOT, (_, name) => JSON.stringify(values[name]));
}

/**
 * `source` without its comments, for inlining; every other character of code stays as it was
 * (lines that only a comment filled go, and trailing blanks). A lexer reads strings, template
 * literals (with their `${…}`), regular expression literals and comments, so a `//` or a `*` in
 * any of them is never taken for a comment (the line filter this replaces dropped such lines).
 * A `/` starts a regular expression where an expression may start (after an operator, an
 * opening bracket, a comma, or a keyword such as `return`), else it is a division. A comment
 * becomes a space, or a newline if it held one (a line break matters to automatic semicolon
 * insertion). Throws on what it cannot read (an unterminated literal or comment).
 */
function withoutComments(source) {
  let out = '';
  /** Where the current line of output starts, or -1 if a literal spans into it. */
  let lineStart = 0;
  /** Where the code after the last literal starts in `out` (only code may be trimmed). */
  let codeSince = 0;
  let i = 0;
  /** The end of the significant code before i: decides whether a `/` starts a regular expression. */
  let last = '';
  /** For each open `{`: whether it is a template literal's `${`. */
  const braces = [];
  const lineBreak = /[\n\r\u2028\u2029]/;
  const expressionStart = () => {
    const prev = last.trimEnd();
    return prev === '' || /[(,=:[!&|?{};+\-*%<>~^]$/.test(prev) ||
      /(^|[^\w$])(return|typeof|instanceof|in|of|new|delete|void|throw|case|do|else|yield|await)$/.test(prev);
  };
  /** Trims the blanks that end the output, where they are code. */
  const trimLine = () => {
    const from = Math.max(codeSince, lineStart);
    out = out.slice(0, from) + out.slice(from).replace(/[ \t]+$/, '');
  };
  const newline = (c) => {
    trimLine();
    // A line that held only comments and blanks goes.
    if (lineStart >= codeSince && out.length === lineStart) return;
    out += c;
    lineStart = out.length;
  };
  const literal = (text, marker) => {
    out += text;
    codeSince = out.length;
    if (lineBreak.test(text)) lineStart = -1;
    last = marker;
  };
  /** Reads a template literal's text from i (just after ` or }) up to its end or a `${`. */
  const templateText = (opening) => {
    const start = i;
    for (;;) {
      if (i >= source.length) throw new Error('an unterminated template literal');
      const c = source[i];
      if (c === '\\') i += 2;
      else if (c === '`') {
        i++;
        return literal(opening + source.slice(start, i), '`');
      } else if (c === '$' && source[i + 1] === '{') {
        i += 2;
        braces.push(true);
        return literal(opening + source.slice(start, i), '{');
      } else i++;
    }
  };
  while (i < source.length) {
    const c = source[i];
    const next = source[i + 1];
    if (c === '/' && next === '/') {
      while (i < source.length && !lineBreak.test(source[i])) i++;
    } else if (c === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      if (end < 0) throw new Error('an unterminated comment');
      if (lineBreak.test(source.slice(i, end))) newline('\n');
      else out += ' ';
      i = end + 2;
    } else if (c === '"' || c === "'") {
      const start = i++;
      while (source[i] !== c) {
        if (i >= source.length || lineBreak.test(source[i])) throw new Error('an unterminated string');
        i += source[i] === '\\' ? 2 : 1;
      }
      i++;
      literal(source.slice(start, i), c);
    } else if (c === '`') {
      i++;
      templateText('`');
    } else if (c === '/' && expressionStart()) {
      const start = i++;
      let inClass = false;
      while (inClass || source[i] !== '/') {
        if (i >= source.length || lineBreak.test(source[i])) throw new Error('an unterminated regular expression');
        if (source[i] === '\\') i++;
        else if (source[i] === '[') inClass = true;
        else if (source[i] === ']') inClass = false;
        i++;
      }
      i++;
      literal(source.slice(start, i), '/');
    } else if (c === '}' && braces.length > 0 && braces[braces.length - 1]) {
      braces.pop();
      i++;
      templateText('}');
    } else {
      if (c === '{') braces.push(false);
      else if (c === '}') braces.pop();
      i++;
      if (lineBreak.test(c)) {
        newline(c);
        last += ' ';
      } else {
        out += c;
        last = (last + c).slice(-16);
      }
    }
  }
  trimLine();
  return out;
}

/**
 * An inline script's text: `code` without its comments (withoutComments), which V8 must still
 * compile (`module`: as the body of an async function, for its top-level await), else the build
 * stops. Comments are a third of the first view's glue and of the loaders, all in every page.
 */
function inlineCode(code, what, { module = false } = {}) {
  let stripped;
  try {
    stripped = withoutComments(code);
    new vm.Script(module ? `(async () => {\n${stripped}\n})` : stripped, { filename: what });
  } catch (error) {
    throw new BuildError(`post-build.js: ${what} without its comments does not compile (${error.message})`);
  }
  return stripped;
}

/** scripts/loaders/NAME, its slots filled (fillTemplate). */
function loader(name, values) {
  return fillTemplate(fs.readFileSync(path.join(loaders, name), 'utf8'), values, `scripts/loaders/${name}`);
}

/**
 * The first view's inline script (step 2): compile-wasm.js, wasm-bindgen's glue and
 * first-view.js, in a block that keeps the glue's `wasm_bindgen` out of the page's global scope.
 */
function firstViewScript(glue, wasmUrl) {
  const code = `{\n${loader('compile-wasm.js', {})}\n${glue}\n${loader('first-view.js', { FIRST_VIEW_WASM: wasmUrl })}}\n`;
  return `<script>\n${inlineCode(code, "the first view's loader")}</script>`;
}

/** The app's loader (step 3), a module script: compile-wasm.js and app.js. */
function appScript(jsUrl, wasmUrl) {
  const code = `${loader('compile-wasm.js', {})}\n${loader('app.js', { APP_JS: jsUrl, APP_WASM: wasmUrl })}`;
  return `<script type="module">\n${inlineCode(code, "the app's loader", { module: true })}</script>`;
}

/**
 * The slot Trunk writes in place of `<link data-trunk rel="rust">` (Trunk.toml's
 * pattern_script): the app's JS glue and wasm, under the public URL.
 */
const APP_SLOT = /<!-- slot:app-loader js=(\S+) wasm=(\S+) -->/;

/** Trunk's link of the page's stylesheet (step 0 preloads it). */
const STYLESHEET = /<link rel="stylesheet" href="([^"]+)"( integrity="[^"]+")?\/?>/;

/** Every inline script of a page: its opening tag's attributes and its text. */
const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g;

/** The CSP's source for an inline script's text. */
const scriptHash = (text) => `'sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The page's Content-Security-Policy (step 4), allowing the inline scripts of `page`. */
function contentSecurityPolicy(page) {
  const hashes = [...page.matchAll(INLINE_SCRIPT)].map((m) => scriptHash(m[2]));
  return [
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
}

/**
 * Every edit of Trunk's index.html, as a function of text. `parts`:
 * - publicUrl: where the build is served from, ending in `/`;
 * - boot: the text of assets/boot.js;
 * - contract: the page contract as JSON (`prerender page-contract`), for boot.js's `PAGE`;
 * - headTags: the head tags describing the archive (`prerender head`), or null to keep
 *   index.html's;
 * - build: the release's id (step 5);
 * - prerendered: the default view's HTML (step 1), or null to leave the loading state;
 * - firstView: { glue, wasmUrl } for the first view's loader (step 2), or null.
 * Throws a BuildError if the page is not what the edits expect.
 */
function finishPage(html, { publicUrl, boot, contract, build, headTags = null, prerendered = null, firstView = null }) {
  let page = html;
  if (headTags !== null) {
    page = replaceOnce(page, /<!-- head:begin[^>]*-->[\s\S]*?<!-- head:end -->/, headTags,
      'head section `<!-- head:begin … --> … <!-- head:end -->` in index.html');
  }
  if (prerendered !== null) {
    // The loading state (a linked view's first screen) shows the archive's heading.
    const heading = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(prerendered);
    if (!heading) throw new BuildError('post-build.js: the prerendered page has no <h1> for the loading state to show');
    page = replaceOnce(page, /(<p class="loading-title">)[^<]*(<\/p>)/, (_, open, close) => open + heading[1] + close,
      'loading title `<p class="loading-title">` in index.html');
    const begin = '<!-- prerender:begin -->';
    const end = '<!-- prerender:end -->';
    page = replaceOnce(
      page,
      new RegExp(`${begin}([\\s\\S]*?)${end}`),
      (_, placeholder) =>
        replaceOnce(placeholder, 'class="loading"', 'class="loading for-linked-view"', 'class="loading" in the prerender placeholder') +
        `<div id="prerendered">${prerendered}</div>`,
      `${begin} … ${end} in index.html`,
    );
    for (const marker of [begin, end]) {
      if (page.includes(marker)) throw new BuildError(`post-build.js: index.html has ${marker} more than once`);
    }
  }

  page = replaceOnce(page, APP_SLOT, (_, js, wasm) => appScript(js, wasm),
    "the app's loader slot `<!-- slot:app-loader js=… wasm=… -->` (Trunk.toml's pattern_script)");

  // Step 0: the stylesheet's preload, then the inline scripts, before the stylesheet's link. A
  // classic script waits for every stylesheet before it, and an external one also stops the
  // parser while it downloads; inline and first, they run at once. The preload (which scripts
  // do not wait for) keeps the render-blocking stylesheet the first file requested.
  const stylesheet = STYLESHEET.exec(page);
  if (occurrences(page, STYLESHEET) !== 1) {
    throw new BuildError(`post-build.js: expected exactly one stylesheet link (${STYLESHEET}) from Trunk, found ${occurrences(page, STYLESHEET)}`);
  }
  const head = [
    `<link rel="preload" as="style" href="${stylesheet[1]}"${stylesheet[2] || ''}/>`,
    ...(firstView ? [firstViewScript(firstView.glue, firstView.wasmUrl)] : []),
    `<script data-root="${publicUrl}">\n${inlineCode(fillPageContract(boot, contract), 'assets/boot.js')}</script>`,
  ];
  page = fillSlot(page, 'head-scripts', head.join('\n    '));
  page = fillSlot(page, 'app-build', `<meta name="app-build" content="${build}" />`);
  page = fillSlot(page, 'csp', `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(page)}" />`);
  checkPage(page);
  return page;
}

/** boot.js with the page contract in its one `const PAGE = {};`. */
function fillPageContract(boot, contract) {
  if (typeof contract !== 'string' || !contract.startsWith('{')) {
    throw new BuildError('post-build.js: no page contract for boot.js (prerender page-contract printed nothing)');
  }
  return replaceOnce(boot, 'const PAGE = {};', `const PAGE = ${contract};`, "`const PAGE = {};` in assets/boot.js");
}

/**
 * Checks a finished page (also publish.sh's): exactly one Content-Security-Policy, before the
 * first script, allowing each inline script by its hash and nothing inline otherwise; no slot
 * left; no preload of the app's JS or wasm. Throws a BuildError saying what is wrong.
 */
function checkPage(page) {
  const csp = [...page.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"\s*\/?>/g)];
  if (csp.length !== 1) throw new BuildError(`post-build.js: the page has ${csp.length} Content-Security-Policy meta tags, not one`);
  const firstScript = page.indexOf('<script');
  if (firstScript >= 0 && firstScript < csp[0].index) {
    throw new BuildError('post-build.js: a script comes before the Content-Security-Policy, which then does not cover it');
  }
  const policy = csp[0][1];
  if (/'unsafe-inline'|'unsafe-eval'/.test(policy)) throw new BuildError(`post-build.js: the CSP allows too much: ${policy}`);
  for (const [, , text] of page.matchAll(INLINE_SCRIPT)) {
    if (!policy.includes(scriptHash(text))) {
      throw new BuildError(`post-build.js: an inline script is not allowed by the CSP: ${text.trim().slice(0, 80)}…`);
    }
  }
  const left = /<!-- slot:[^>]*-->/.exec(page);
  if (left) throw new BuildError(`post-build.js: the page still has the slot ${left[0]}`);
  if (/<link rel="(modulepreload|preload)"[^>]*\.(js|wasm)"/.test(page)) {
    throw new BuildError("post-build.js: the page preloads the app's JS or wasm, which then competes with the first paint");
  }
}

/**
 * Fills in sw.js's BUILD and FILES (step 5). `files` are URLs under the public URL; the build
 * id is derived from them.
 */
function fillServiceWorker(source, files) {
  const build = crypto.createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 16);
  const filled = replaceOnce(
    replaceOnce(source, "const BUILD = 'development';", `const BUILD = '${build}';`, "`const BUILD = 'development';` in assets/sw.js"),
    'const FILES = [];',
    `const FILES = ${JSON.stringify(files)};`,
    '`const FILES = [];` in assets/sw.js',
  );
  return { build, source: filled };
}

/** Paths of the files under `dir`, relative to it, with forward slashes. */
function listFiles(dir, prefix = '') {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? listFiles(path.join(dir, entry.name), `${prefix}${entry.name}/`)
      : [`${prefix}${entry.name}`],
  );
}

/**
 * Runs the native prerender binary (src/bin/prerender.rs) with `args` and returns what it
 * prints: the default view (step 1), `head` (the head tags describing the archive) or
 * `page-contract` (core/src/page.rs as JSON). Its build is kept apart from the wasm one's target
 * dir so the two never wait on each other's lock or evict each other's artifacts.
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

/**
 * Step 2, the first view (first-view/). Built here because Trunk builds one app per page; named
 * by a hash of its contents so a host may cache it forever. Writes the wasm into `staging` and
 * returns its glue and URL.
 */
function buildFirstView(staging, publicUrl) {
  const target = process.env.CARGO_TARGET_DIR || path.join(root, 'target');
  execFileSync(
    'cargo',
    ['build', '--quiet', '--locked', '--release', '--target', 'wasm32-unknown-unknown', '-p', 'first-view', '--lib'],
    { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] },
  );
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'first-view-'));
  // `no-modules`: a classic script that the loader carries inline, so nothing waits for a
  // module import (which, while the parser is busy, resolved up to 100 ms after its file came).
  execFileSync('wasm-bindgen', ['--target', 'no-modules', '--no-typescript', '--out-dir', out,
    path.join(target, 'wasm32-unknown-unknown', 'release', 'first_view.wasm')], { stdio: 'inherit' });
  // The same wasm features rustc emits for wasm32-unknown-unknown; binaryen from npm (see
  // docs in shared toolchain notes: Debian's breaks the module).
  execFileSync('wasm-opt', ['-Oz', '--strip-debug', '--strip-producers', '--enable-bulk-memory',
    '--enable-nontrapping-float-to-int', '--enable-sign-ext', '--enable-mutable-globals',
    '--enable-reference-types', '--enable-multivalue', path.join(out, 'first_view_bg.wasm'),
    '-o', path.join(out, 'first_view_bg.wasm')], { stdio: 'inherit' });
  const glue = fs.readFileSync(path.join(out, 'first_view.js'), 'utf8');
  const wasm = fs.readFileSync(path.join(out, 'first_view_bg.wasm'));
  const hash = crypto.createHash('sha256').update(glue).update(wasm).digest('hex').slice(0, 16);
  const wasmName = `first-view-${hash}_bg.wasm`;
  fs.writeFileSync(path.join(staging, wasmName), wasm);
  fs.rmSync(out, { recursive: true, force: true });
  return { glue, wasmUrl: `${publicUrl}${wasmName}` };
}

/** The build: Trunk's staging directory in, the finished page and sw.js out. */
function main() {
  const staging = process.env.TRUNK_STAGING_DIR;
  if (!staging) throw new BuildError('post-build.js runs as a Trunk hook: TRUNK_STAGING_DIR is not set');
  /** Where the build is served from (Trunk's --public-url), ending in `/`. */
  const publicUrl = (process.env.TRUNK_PUBLIC_URL || '/').replace(/\/?$/, '/');
  const indexPath = path.join(staging, 'index.html');
  const html = fs.readFileSync(indexPath, 'utf8');
  const full = process.env.PRERENDER !== '0';
  const prerendered = full ? prerender() : null;
  const headTags = full ? prerender('head') : null;
  const firstView = full ? buildFirstView(staging, publicUrl) : null;

  // Step 5, once every file is in: all but index.html (fetched network first, not precached)
  // and sw.js itself, as URLs under the public URL.
  const swPath = path.join(staging, 'sw.js');
  if (!fs.existsSync(swPath)) throw new BuildError('post-build.js: sw.js is missing from the build (index.html copies assets/sw.js)');
  const files = listFiles(staging)
    .filter((file) => file !== 'index.html' && file !== 'sw.js')
    .map((file) => publicUrl + file)
    .sort();
  const sw = fillServiceWorker(fs.readFileSync(swPath, 'utf8'), files);

  const page = finishPage(html, {
    publicUrl,
    boot: fs.readFileSync(path.join(root, 'assets', 'boot.js'), 'utf8'),
    contract: prerender('page-contract').trim(),
    headTags,
    build: sw.build,
    prerendered,
    firstView,
  });
  fs.writeFileSync(swPath, sw.source);
  fs.writeFileSync(indexPath, page);
}

module.exports = { BuildError, withoutComments, replaceOnce, fillSlot, fillTemplate, finishPage, checkPage, fillServiceWorker, appScript, firstViewScript };

if (require.main === module) {
  try {
    main();
  } catch (error) {
    if (!(error instanceof BuildError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
