// Unit tests of the page edits in scripts/post-build.js, without a build:
//
//   node --test scripts/post-build.test.js
//
// The input is the repository's index.html as Trunk 0.22 turns it out (trunkOutput below: the
// stylesheet link, and the app-loader slot from Trunk.toml's pattern_script). Each edit must
// either do exactly its job or stop the build with a message naming what it did not find.
const test = require('node:test');
const assert = require('node:assert/strict');
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { BuildError, withoutComments, finishPage, checkPage, fillTemplate, fillServiceWorker, firstViewScript } = require('./post-build');

const root = path.resolve(__dirname, '..');
const indexHtml = fs.readFileSync(path.join(root, 'index.html'), 'utf8');
const trunkToml = fs.readFileSync(path.join(root, 'Trunk.toml'), 'utf8');

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

const parts = {
  publicUrl: '/',
  boot: "// boot.js\nconst PAGE = {};\ndocument.documentElement.classList.add(PAGE.linkedViewClass);\n",
  contract: '{"params":["tags"],"linkedViewClass":"linked-view"}',
  headTags: '<title>My Archive</title>',
  build: 'build-id',
  prerendered: '<main id="main"><h1 class="title">My Archive</h1><p>46 papers</p></main>',
  firstView: { glue: 'let wasm_bindgen;\n(() => { wasm_bindgen = () => {}; })();\n', wasmUrl: '/first-view-0123_bg.wasm' },
};

/** The message of the BuildError `run` throws. */
function refusal(run) {
  try {
    run();
  } catch (error) {
    assert.ok(error instanceof BuildError, `a BuildError, not ${error}`);
    return error.message;
  }
  assert.fail('the edit went through, but should have stopped the build');
}

const hashOf = (text) => `'sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const inlineScripts = (page) => [...page.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);

test('the finished page: CSP first, every inline script hashed, loaders and prerender in, no slot left', () => {
  const page = finishPage(trunkOutput(), parts);
  const csp = page.indexOf('<meta http-equiv="Content-Security-Policy"');
  assert.ok(csp > 0 && csp < page.indexOf('<script'), 'the CSP comes before every script');
  const scripts = inlineScripts(page);
  assert.equal(scripts.length, 3, 'the first view loader, boot.js and the app loader');
  for (const text of scripts) assert.ok(page.includes(hashOf(text)), 'each inline script is allowed by its hash');
  assert.ok(!page.includes('<!-- slot:'), 'no slot left');
  assert.ok(page.includes('<meta name="app-build" content="build-id" />'));
  assert.ok(page.includes('<div id="prerendered"><main id="main">'));
  assert.ok(page.includes('class="loading for-linked-view"'));
  // boot.js gets the page contract in its one slot.
  assert.ok(page.includes('<script data-root="/">\nconst PAGE = {"params":["tags"],"linkedViewClass":"linked-view"};'));
  // The head describes the archive of the bundle, and the loading state shows its heading.
  assert.ok(page.includes('<title>My Archive</title>') && !page.includes('<!-- head:begin'));
  assert.ok(page.includes('<p class="loading-title">My Archive</p>'));
  assert.ok(page.includes('("/first-view-0123_bg.wasm")'));
  assert.ok(page.includes('const APP_JS = "/ai-paper-archive-0123456789abcdef.js";'));
  assert.ok(page.includes('const APP_WASM = "/ai-paper-archive-0123456789abcdef_bg.wasm";'));
  // The stylesheet's preload comes first, then the inline scripts, then the stylesheet.
  const order = ['rel="preload" as="style"', '<script>', '<script data-root', '<link rel="stylesheet"'].map((s) => page.indexOf(s));
  assert.deepEqual(order, [...order].sort((a, b) => a - b));
  assert.doesNotThrow(() => checkPage(page));
});

test('boot.js without its one page-contract slot, or no contract, stops the build', () => {
  assert.match(refusal(() => finishPage(trunkOutput(), { ...parts, boot: 'const X = 1;' })), /exactly one `const PAGE = \{\};` in assets\/boot\.js, found 0/);
  const twice = `${parts.boot}const PAGE = {};\n`;
  assert.match(refusal(() => finishPage(trunkOutput(), { ...parts, boot: twice })), /found 2/);
  assert.match(refusal(() => finishPage(trunkOutput(), { ...parts, contract: '' })), /no page contract/);
});

test('a page without the head markers or the loading title stops the build', () => {
  const noHead = indexHtml.replace(/<!-- head:begin[^>]*-->/, '');
  assert.match(refusal(() => finishPage(trunkOutput('/', noHead), parts)), /head section/);
  const noTitle = indexHtml.replace('class="loading-title"', 'class="loading-heading"');
  assert.match(refusal(() => finishPage(trunkOutput('/', noTitle), parts)), /loading title/);
});

test('a changed <meta charset> formatting still gets the CSP before every script', () => {
  // The CSP used to be inserted after a literal `<meta charset="utf-8" />`: this page shipped
  // without one.
  const page = finishPage(trunkOutput().replace('<meta charset="utf-8" />', '<meta charset=UTF-8>'), parts);
  assert.equal((page.match(/http-equiv="Content-Security-Policy"/g) || []).length, 1);
  assert.doesNotThrow(() => checkPage(page));
});

test('under a sub-path, the loaders and boot.js name it', () => {
  const page = finishPage(trunkOutput('/archive/'), { ...parts, publicUrl: '/archive/' });
  assert.ok(page.includes('const APP_JS = "/archive/ai-paper-archive-0123456789abcdef.js";'));
  assert.ok(page.includes('<script data-root="/archive/">'));
});

test('without the prerender (PRERENDER=0) the page keeps its loading state, and still gets its CSP and app loader', () => {
  const page = finishPage(trunkOutput(), { ...parts, prerendered: null, firstView: null });
  assert.ok(!page.includes('id="prerendered"'));
  assert.equal(inlineScripts(page).length, 2);
  assert.doesNotThrow(() => checkPage(page));
});

for (const name of ['csp', 'app-build', 'head-scripts']) {
  test(`a missing slot ${name} stops the build, naming it`, () => {
    const html = trunkOutput().replace(`<!-- slot:${name} -->`, '');
    assert.match(refusal(() => finishPage(html, parts)), new RegExp(`exactly one <!-- slot:${name} --> in index.html, found 0`));
  });
  test(`a slot ${name} twice stops the build`, () => {
    const html = trunkOutput().replace(`<!-- slot:${name} -->`, `<!-- slot:${name} --><!-- slot:${name} -->`);
    assert.match(refusal(() => finishPage(html, parts)), new RegExp(`exactly one <!-- slot:${name} --> in index.html, found 2`));
  });
}

test("Trunk's own loader (no pattern_script) stops the build", () => {
  const html = trunkOutput().replace(/<!-- slot:app-loader[^>]*-->/,
    "<script type=\"module\">import init from '/a.js'; await init({ module_or_path: '/a_bg.wasm' });</script>");
  assert.match(refusal(() => finishPage(html, parts)), /the app's loader slot/);
});

test('a stylesheet link in another formatting stops the build', () => {
  const html = trunkOutput().replace(/<link rel="stylesheet" href="([^"]+)"[^>]*>/, '<link href="$1" rel="stylesheet">');
  assert.match(refusal(() => finishPage(html, parts)), /exactly one stylesheet link .* found 0/);
});

test('missing prerender markers stop the build', () => {
  const html = trunkOutput().replace('<!-- prerender:end -->', '');
  assert.match(refusal(() => finishPage(html, parts)), /<!-- prerender:begin --> … <!-- prerender:end --> in index\.html, found 0/);
});

test('a placeholder without class="loading" stops the build', () => {
  const html = trunkOutput().replace('class="loading"', 'class="waiting"');
  assert.match(refusal(() => finishPage(html, parts)), /class="loading" in the prerender placeholder, found 0/);
});

test('a loader slot that nothing fills, or a value without its slot, stops the build', () => {
  assert.match(refusal(() => fillTemplate('f(__A__, __B__);', { A: 'a' }, 'x.js')), /x\.js has a slot __B__ that nothing fills/);
  assert.match(refusal(() => fillTemplate('f(__A__);', { A: 'a', C: 'c' }, 'x.js')), /slot __C__ once in x\.js, found 0/);
  assert.match(refusal(() => fillTemplate('f(__A__, __A__);', { A: 'a' }, 'x.js')), /slot __A__ once in x\.js, found 2/);
  assert.equal(fillTemplate("f(__A__, __wbg_x, '$&');", { A: "it's $&" }, 'x.js'), 'f("it\'s $&", __wbg_x, \'$&\');');
});

test('comments go, and nothing else: no line of code is dropped for looking like a comment', () => {
  // The line filter this replaces dropped every line starting with `*` or `//`, in template
  // literals and continued expressions too.
  const cases = [
    ['const a = 2\n  * 3;\n// c\nb();', 'const a = 2\n  * 3;\nb();'],
    ['s = `\n// not a comment\n* nor this ${ {a: 1}.a /* c */ } // nor this\n`; // c', 's = `\n// not a comment\n* nor this ${ {a: 1}.a   } // nor this\n`;'],
    ['/**\n * Doc.\n * @param {number} x\n */\nfunction f(x) {\n    // only a comment\n    return x;\n}\n', 'function f(x) {\n    return x;\n}\n'],
    ['r = /[/*]\\/\\//g.test(x); // c', 'r = /[/*]\\/\\//g.test(x);'],
    ['x = a / b / c; // d', 'x = a / b / c;'],
    ['s = "//" + \'/*\' + "*/"; // e', 's = "//" + \'/*\' + "*/";'],
    // A comment with a line break still ends the statement (automatic semicolon insertion).
    ['function g() { return /*\n*/ 1; }', 'function g() { return\n 1; }'],
  ];
  for (const [source, expected] of cases) assert.equal(withoutComments(source), expected, source);
  const glue = 'let wasm_bindgen = (() => {\n  const a = 2\n    * 3;\n  const s = `\n// kept\n`;\n  /** doc */\n  return () => a + s;\n})();\n';
  const script = firstViewScript(glue, '/fv_bg.wasm');
  assert.ok(script.includes('const a = 2\n    * 3;') && script.includes('`\n// kept\n`') && !script.includes('/** doc */'));
});

test('an inline script that does not compile once its comments are gone stops the build', () => {
  assert.match(refusal(() => firstViewScript('let wasm_bindgen = (;\n', '/fv_bg.wasm')), /the first view's loader without its comments does not compile/);
  assert.match(refusal(() => firstViewScript('const s = "unterminated;\n', '/fv_bg.wasm')), /does not compile \(an unterminated string\)/);
});

test('checkPage refuses a page whose CSP is missing, late, doubled or incomplete, or which preloads the app', () => {
  const good = finishPage(trunkOutput(), parts);
  const csp = /<meta http-equiv="Content-Security-Policy"[^>]*>/.exec(good)[0];
  assert.match(refusal(() => checkPage(good.replace(csp, ''))), /0 Content-Security-Policy meta tags/);
  assert.match(refusal(() => checkPage(good.replace(csp, `${csp}${csp}`))), /2 Content-Security-Policy meta tags/);
  assert.match(refusal(() => checkPage(good.replace(csp, '').replace('</head>', `${csp}</head>`))), /a script comes before the Content-Security-Policy/);
  assert.match(refusal(() => checkPage(good.replace('</body>', '<script>alert(1)</script></body>'))), /not allowed by the CSP: alert\(1\)/);
  assert.match(refusal(() => checkPage(good.replace('</head>', '<link rel="preload" href="/a_bg.wasm" as="fetch"></head>'))), /preloads the app's JS or wasm/);
  assert.match(refusal(() => checkPage(good.replace('</head>', '<!-- slot:extra --></head>'))), /still has the slot <!-- slot:extra -->/);
});

test("sw.js without the declarations the build fills in stops the build", () => {
  const sw = fs.readFileSync(path.join(root, 'assets', 'sw.js'), 'utf8');
  const filled = fillServiceWorker(sw, ['/a.js', '/b.wasm']);
  assert.ok(filled.source.includes('const FILES = ["/a.js","/b.wasm"];'));
  assert.ok(filled.source.includes(`const BUILD = '${filled.build}';`));
  assert.match(refusal(() => fillServiceWorker(sw.replace('const FILES = [];', 'const FILES = [ ];'), [])), /`const FILES = \[\];` in assets\/sw\.js, found 0/);
  assert.match(refusal(() => fillServiceWorker(sw.replace("'development'", '"development"'), [])), /`const BUILD = 'development';` in assets\/sw\.js, found 0/);
});
