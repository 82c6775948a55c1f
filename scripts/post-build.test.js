// Unit tests of the page edits in scripts/post-build.js, without a build:
//
//   node --test scripts/post-build.test.js
//
// The input is the repository's index.html as Trunk 0.22 turns it out (trunkOutput below: the
// stylesheet link, and the app slot from Trunk.toml's pattern_script). Each edit must either do
// exactly its job or stop the build with a message naming what it did not find.
const test = require('node:test');
const assert = require('node:assert/strict');
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { BuildError, finishPage, checkPage, fillServiceWorker, startScript, appFiles } = require('./post-build');

const root = path.resolve(__dirname, '..');
const indexHtml = fs.readFileSync(path.join(root, 'index.html'), 'utf8');
const trunkToml = fs.readFileSync(path.join(root, 'Trunk.toml'), 'utf8');
const startJs = fs.readFileSync(path.join(root, 'assets', 'start.js'), 'utf8');

/** index.html as Trunk writes it into its staging directory, for the public URL `base`. */
function trunkOutput(base = '/', html = indexHtml) {
  const pattern = /^pattern_script = "(.*)"$/m.exec(trunkToml);
  assert.ok(pattern, 'Trunk.toml sets pattern_script');
  const appSlot = pattern[1]
    .replace('{base}{js}', `${base}ai-paper-archive-0123456789abcdef.js`)
    .replace('{base}{wasm}', `${base}ai-paper-archive-0123456789abcdef_bg.wasm`);
  const swap = (text, from, to) => {
    assert.ok(text.includes(from), `index.html has ${from}`);
    return text.replace(from, () => to);
  };
  let page = html;
  page = swap(page, '<link data-trunk rel="icon" type="image/svg+xml" href="assets/favicon.svg" />',
    `<link rel="icon" href="${base}favicon-0123456789abcdef.svg" type="image/svg+xml"/>`);
  page = swap(page, '<link data-trunk rel="css" href="assets/style.css" />',
    `<link rel="stylesheet" href="${base}style-0123456789abcdef.css" integrity="sha384-abc"/>`);
  page = swap(page, '<link data-trunk rel="copy-file" href="assets/sw.js" />', '');
  page = page.replace(/<link data-trunk rel="rust"[^>]*>/, () => appSlot);
  assert.ok(!page.includes('data-trunk'), 'every data-trunk element of index.html is simulated');
  return page;
}

// Names unlike the real contract's: the edits must take theirs from the contract they are given.
const contract = { prerenderedId: 'build-time-page', appBuildMeta: 'release-id', params: ['tags'] };
const parts = {
  start: 'const PAGE={};start();',
  head: '<title>My Archive</title>',
  prerendered: '<header><h1>My Archive</h1></header><main id="main"><p>46 papers</p></main>',
  build: 'build-id',
  contract,
};

/** The message of the BuildError `run` throws (or its promise rejects with). */
async function refusal(run) {
  try {
    await run();
  } catch (error) {
    assert.ok(error instanceof BuildError, `a BuildError, not ${error}`);
    return error.message;
  }
  assert.fail('the edit went through, but should have stopped the build');
}

const hashOf = (text) => `'sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const inlineScripts = (page) => [...page.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);

test('the finished page: CSP first, the one inline script hashed, prerender and head in, no slot left', () => {
  const page = finishPage(trunkOutput(), parts);
  const csp = page.indexOf('<meta http-equiv="Content-Security-Policy"');
  assert.ok(csp > 0 && csp < page.indexOf('<script'), 'the CSP comes before every script');
  const scripts = inlineScripts(page);
  assert.deepEqual(scripts, ['const PAGE={};start();'], 'the start script, and no other inline script');
  assert.ok(page.includes(hashOf(scripts[0])), 'allowed by its hash');
  assert.ok(!page.includes('<!-- slot:'), 'no slot left, Trunk\'s app slot included');
  assert.ok(page.includes('<meta name="release-id" content="build-id" />'));
  assert.ok(page.includes('<div id="build-time-page"><header><h1>My Archive</h1>'));
  assert.ok(page.includes('<title>My Archive</title>') && !page.includes('<!-- head:begin'));
  // The stylesheet's preload, then the start script, then the stylesheet.
  const order = ['rel="preload" as="style"', '<script>', '<link rel="stylesheet"'].map((s) => page.indexOf(s));
  assert.ok(order.every((i) => i > 0));
  assert.deepEqual(order, [...order].sort((a, b) => a - b));
  assert.doesNotThrow(() => checkPage(page));
});

test('the start script gets the contract and the files, minified; one without its constants stops the build', async () => {
  const files = { root: '/archive/', ...appFiles(trunkOutput('/archive/')) };
  assert.deepEqual(files, { root: '/archive/', js: '/archive/ai-paper-archive-0123456789abcdef.js', wasm: '/archive/ai-paper-archive-0123456789abcdef_bg.wasm' });
  const script = await startScript(startJs, contract, files);
  assert.ok(script.includes('"/archive/ai-paper-archive-0123456789abcdef_bg.wasm"'));
  assert.ok(script.includes('"prerenderedId":"build-time-page"') || script.includes('prerenderedId:"build-time-page"'));
  assert.ok(script.length < startJs.length / 2, 'comments and blanks are gone');
  assert.doesNotThrow(() => new Function(script));
  assert.match(await refusal(() => startScript('const FILES = {};', contract, files)), /`const PAGE = …;` in assets\/start\.js, found 0/);
  assert.match(await refusal(() => startScript('const PAGE = {};', contract, files)), /`const FILES = …;` in assets\/start\.js, found 0/);
  assert.match(await refusal(() => startScript('const PAGE = {}; const FILES = {}; (', contract, files)), /assets\/start\.js does not compile/);
});

test('a page without the head markers stops the build', async () => {
  const noHead = indexHtml.replace(/<!-- head:begin[^>]*-->/, '');
  assert.match(await refusal(() => finishPage(trunkOutput('/', noHead), parts)), /head section/);
});

test('a changed <meta charset> formatting still gets the CSP before every script', () => {
  const page = finishPage(trunkOutput().replace('<meta charset="utf-8" />', '<meta charset=UTF-8>'), parts);
  assert.equal((page.match(/http-equiv="Content-Security-Policy"/g) || []).length, 1);
  assert.doesNotThrow(() => checkPage(page));
});

for (const name of ['csp', 'build', 'start', 'page']) {
  test(`a missing slot ${name} stops the build, naming it`, async () => {
    const html = trunkOutput().replace(`<!-- slot:${name} -->`, '');
    assert.match(await refusal(() => finishPage(html, parts)), new RegExp(`exactly one <!-- slot:${name} --> in index.html, found 0`));
  });
  test(`a slot ${name} twice stops the build`, async () => {
    const html = trunkOutput().replace(`<!-- slot:${name} -->`, `<!-- slot:${name} --><!-- slot:${name} -->`);
    assert.match(await refusal(() => finishPage(html, parts)), new RegExp(`exactly one <!-- slot:${name} --> in index.html, found 2`));
  });
}

test("Trunk's own loader (no pattern_script) stops the build", async () => {
  const html = trunkOutput().replace(/<!-- slot:app [^>]*-->/,
    "<script type=\"module\">import init from '/a.js'; await init({ module_or_path: '/a_bg.wasm' });</script>");
  assert.match(await refusal(() => appFiles(html)), /Trunk wrote no app slot/);
  assert.match(await refusal(() => finishPage(html, parts)), /the app's slot/);
});

test('a stylesheet link in another formatting stops the build', async () => {
  const html = trunkOutput().replace(/<link rel="stylesheet" href="([^"]+)"[^>]*>/, '<link href="$1" rel="stylesheet">');
  assert.match(await refusal(() => finishPage(html, parts)), /Trunk wrote no stylesheet link/);
});

test('checkPage refuses a page whose CSP is missing, late, doubled or incomplete, or which preloads JS or wasm', async () => {
  const good = finishPage(trunkOutput(), parts);
  const csp = /<meta http-equiv="Content-Security-Policy"[^>]*>/.exec(good)[0];
  assert.match(await refusal(() => checkPage(good.replace(csp, ''))), /0 Content-Security-Policy meta tags/);
  assert.match(await refusal(() => checkPage(good.replace(csp, `${csp}${csp}`))), /2 Content-Security-Policy meta tags/);
  assert.match(await refusal(() => checkPage(good.replace(csp, '').replace('</head>', `${csp}</head>`))), /a script comes before the Content-Security-Policy/);
  assert.match(await refusal(() => checkPage(good.replace('</body>', '<script>alert(1)</script></body>'))), /not allowed by the CSP: alert\(1\)/);
  assert.match(await refusal(() => checkPage(good.replace('</head>', '<link rel="preload" href="/a_bg.wasm" as="fetch"></head>'))), /preloads JS or wasm/);
  assert.match(await refusal(() => checkPage(good.replace('</head>', '<!-- slot:extra --></head>'))), /still has the slot <!-- slot:extra -->/);
});

test('sw.js gets its files, build id and the contract; one without those declarations stops the build', async () => {
  const sw = fs.readFileSync(path.join(root, 'assets', 'sw.js'), 'utf8');
  const filled = fillServiceWorker(sw, ['/a.js', '/b.wasm'], contract);
  assert.ok(filled.source.includes('const FILES = ["/a.js","/b.wasm"];'));
  assert.ok(filled.source.includes(`const BUILD = "${filled.build}";`));
  assert.ok(filled.source.includes(`const PAGE = ${JSON.stringify(contract)};`));
  assert.match(await refusal(() => fillServiceWorker(sw.replace('const FILES = [];', 'const FILES = [ ];'), [], contract)), /`const FILES = …;` in assets\/sw\.js, found 0/);
  assert.match(await refusal(() => fillServiceWorker(sw.replace("'development'", '"development"'), [], contract)), /`const BUILD = …;` in assets\/sw\.js, found 0/);
});
