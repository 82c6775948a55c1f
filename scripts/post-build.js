// Trunk post-build hook (Trunk.toml): finishes the page and the service worker in Trunk's
// staging directory.
//
// 1. One run of the native prerender (`src/bin/prerender.rs`) prints what the app's Rust code
//    knows: the default view rendered by the app's own components (the page at first paint,
//    which the app adopts), the head tags describing the archive, and the page contract.
// 2. The page's slots, `<!-- slot:NAME -->` in index.html, are filled: the prerendered view, the
//    head tags, the start script (`assets/start.js`, minified, inline at the top of <head> so it
//    runs before the body is parsed, with the contract and the files it loads), the release's
//    id, and the Content-Security-Policy that allows exactly that one inline script. Trunk's
//    own loader is left out (Trunk.toml's pattern_script writes the slot the files are read
//    from): the start script loads the app.
// 3. The service worker (assets/sw.js) gets the build's files, which it precaches, the
//    release's id and the contract.
// 4. The contract is written to target/page-contract.json for the tests and tools
//    (scripts/page-contract.js).
//
// Each edit must match exactly once, or the build stops and says which; the finished page must
// then have one CSP, before any script, allowing exactly its inline script, and no slot left
// (checkPage, which scripts/publish.sh runs again on what it publishes). The edits are
// functions of text, exported for scripts/post-build.test.js.
const { execFileSync } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');

/** A build step that found something other than it expects; the message says what and where. */
class BuildError extends Error {}

/** Replaces the one occurrence of `pattern` in `text`; throws a BuildError naming `what` unless there is exactly one. */
function replaceOnce(text, pattern, replacement, what) {
  const flags = typeof pattern === 'string' ? 'g' : pattern.flags.replace('g', '') + 'g';
  const regex = typeof pattern === 'string' ? new RegExp(pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), flags) : new RegExp(pattern.source, flags);
  const found = [...text.matchAll(regex)].length;
  if (found !== 1) throw new BuildError(`post-build.js: expected exactly one ${what}, found ${found}`);
  return text.replace(regex, typeof replacement === 'function' ? replacement : () => replacement);
}

/** Fills index.html's slot `name` with `content`. */
const fillSlot = (page, name, content) => replaceOnce(page, `<!-- slot:${name} -->`, content, `<!-- slot:${name} --> in index.html`);

/** Sets the declaration `const NAME = {};` (or `[]`, or a string) of a script to `value`, as JSON. */
function fillConstant(source, name, value, file) {
  return replaceOnce(source, new RegExp(`const ${name} = (\\{\\}|\\[\\]|'[^']*');`), `const ${name} = ${JSON.stringify(value)};`,
    `\`const ${name} = …;\` in ${file}`);
}

/** Trunk's link of the page's stylesheet. */
const STYLESHEET = /<link rel="stylesheet" href="([^"]+)"( integrity="[^"]+")?\/?>/;
/** The slot Trunk writes for the app (Trunk.toml's pattern_script): its JS glue and wasm. */
const APP_SLOT = /<!-- slot:app js=(\S+) wasm=(\S+) -->/;
/** Every inline script of a page: its opening tag's attributes and its text. */
const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g;
/** The CSP's source for an inline script's text. */
const scriptHash = (text) => `'sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The page's Content-Security-Policy, allowing the inline scripts of `page` and nothing else inline. */
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
 * Every edit of Trunk's index.html, as a function of text. `parts`: `start` (the start script,
 * minified, its constants filled: startScript), `head` (the head tags), `prerendered` (the
 * default view's HTML), `build` (the release's id), `contract` (the page contract).
 */
function finishPage(html, { start, head, prerendered, build, contract }) {
  let page = replaceOnce(html, /<!-- head:begin[^>]*-->[\s\S]*?<!-- head:end -->/, head,
    'head section `<!-- head:begin … --> … <!-- head:end -->` in index.html');
  page = replaceOnce(page, APP_SLOT, '', "the app's slot `<!-- slot:app js=… wasm=… -->` (Trunk.toml's pattern_script)");
  page = fillSlot(page, 'page', `<div id="${contract.prerenderedId}">${prerendered}</div>`);
  // The stylesheet's preload first: the start script, which runs before the parser reaches the
  // stylesheet's link, starts the app's download, and the stylesheet, which holds the first
  // paint, must still be the first file requested.
  const stylesheet = STYLESHEET.exec(page);
  if (!stylesheet) throw new BuildError(`post-build.js: Trunk wrote no stylesheet link (${STYLESHEET})`);
  page = fillSlot(page, 'start', `<link rel="preload" as="style" href="${stylesheet[1]}"${stylesheet[2] || ''}/>\n    <script>${start}</script>`);
  page = fillSlot(page, 'build', `<meta name="${contract.appBuildMeta}" content="${build}" />`);
  page = fillSlot(page, 'csp', `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(page)}" />`);
  checkPage(page);
  return page;
}

/** The app's files as Trunk named them, from the slot Trunk wrote. */
function appFiles(html) {
  const slot = APP_SLOT.exec(html);
  if (!slot) throw new BuildError("post-build.js: Trunk wrote no app slot `<!-- slot:app js=… wasm=… -->` (see Trunk.toml's pattern_script)");
  return { js: slot[1], wasm: slot[2] };
}

/** The start script, minified by terser, with its constants: the contract and the files it loads. */
async function startScript(source, contract, files) {
  const filled = fillConstant(fillConstant(source, 'PAGE', contract, 'assets/start.js'), 'FILES', files, 'assets/start.js');
  const { minify } = require('terser');
  try {
    return (await minify(filled, { compress: true, mangle: true, format: { comments: false } })).code;
  } catch (error) {
    throw new BuildError(`post-build.js: assets/start.js does not compile (${error.message})`);
  }
}

/**
 * Checks a finished page (also publish.sh's): exactly one Content-Security-Policy, before the
 * first script, allowing each inline script by its hash and nothing inline otherwise; no slot
 * left; no preload of JS or wasm competing with the page's own files.
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
    throw new BuildError('post-build.js: the page preloads JS or wasm, which then competes with its first paint');
  }
}

/** Fills in sw.js's BUILD, FILES and PAGE. `files` are URLs under the public URL; the build id is derived from them. */
function fillServiceWorker(source, files, contract) {
  const build = crypto.createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 16);
  let filled = fillConstant(source, 'BUILD', build, 'assets/sw.js');
  filled = fillConstant(filled, 'FILES', files, 'assets/sw.js');
  filled = fillConstant(filled, 'PAGE', contract, 'assets/sw.js');
  return { build, source: filled };
}

/** Paths of the files under `dir`, relative to it, with forward slashes. */
function listFiles(dir, prefix = '') {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(path.join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`]);
}

/**
 * Step 1: runs the native prerender binary once. Its build is kept apart from the wasm one's
 * target dir so the two never wait on each other's lock or evict each other's artifacts.
 */
function prerender() {
  const out = execFileSync(
    'cargo',
    ['run', '--quiet', '--locked', '--no-default-features', '--features', 'ssr', '--bin', 'prerender'],
    {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 256 << 20,
      env: { ...process.env, CARGO_TARGET_DIR: path.join(root, 'target', 'prerender') },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return JSON.parse(out);
}

/** The build: Trunk's staging directory in, the finished page and sw.js out. */
async function main() {
  const staging = process.env.TRUNK_STAGING_DIR;
  if (!staging) throw new BuildError('post-build.js runs as a Trunk hook: TRUNK_STAGING_DIR is not set');
  /** Where the build is served from (Trunk's --public-url), ending in `/`. */
  const publicUrl = (process.env.TRUNK_PUBLIC_URL || '/').replace(/\/?$/, '/');
  const indexPath = path.join(staging, 'index.html');
  const html = fs.readFileSync(indexPath, 'utf8');
  const { page: prerendered, head, contract } = prerender();

  // Step 3, once every file is in: all but index.html (fetched network first, not precached)
  // and sw.js itself, as URLs under the public URL.
  const swPath = path.join(staging, 'sw.js');
  if (!fs.existsSync(swPath)) throw new BuildError('post-build.js: sw.js is missing from the build (index.html copies assets/sw.js)');
  const files = listFiles(staging).filter((file) => file !== 'index.html' && file !== 'sw.js').map((file) => publicUrl + file).sort();
  const sw = fillServiceWorker(fs.readFileSync(swPath, 'utf8'), files, contract);

  const start = await startScript(fs.readFileSync(path.join(root, 'assets', 'start.js'), 'utf8'), contract,
    { root: publicUrl, ...appFiles(html) });
  const page = finishPage(html, { start, head, prerendered, build: sw.build, contract });
  fs.writeFileSync(swPath, sw.source);
  fs.writeFileSync(indexPath, page);
  // Step 4.
  fs.mkdirSync(path.join(root, 'target'), { recursive: true });
  fs.writeFileSync(path.join(root, 'target', 'page-contract.json'), `${JSON.stringify(contract, null, 2)}\n`);
}

module.exports = { BuildError, replaceOnce, fillSlot, fillConstant, finishPage, checkPage, fillServiceWorker, startScript, appFiles };

if (require.main === module) {
  main().catch((error) => {
    if (!(error instanceof BuildError)) throw error;
    console.error(error.message);
    process.exit(1);
  });
}
