// Rules the stylesheet keeps for the page's speed, checked on its text.
//
//   node --test scripts/style.test.js
//
// A `:has()` whose subject is the root (`html`, `:root`, `body`) makes Chromium check it on every
// change anywhere in the page: one such rule (`html:has(dialog[open])`) cost ~35 ms of style
// work per tag click at 5,000 papers and most of the start's Total Blocking Time in Lighthouse
// (scripts/bench/history.md, session 10). What a root rule needs to know, a component sets as a
// class on `<html>` (src/dom.rs, `hold_page_scroll`).
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');

const stylesheet = path.resolve(__dirname, '..', 'assets', 'style.css');

/** The `:has()` rules of `css` whose subject is the page's root, as selector texts. */
function rootHasSelectors(css) {
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const selectors = [];
  for (const match of withoutComments.matchAll(/([^{}]+)\{/g)) {
    for (const selector of match[1].split(',')) {
      const text = selector.trim();
      if (/^(html|:root|body)([.#[:][^\s>+~]*)?:has\(/.test(text)) selectors.push(text);
    }
  }
  return selectors;
}

test('the check finds a :has() on the root in any of its spellings', () => {
  const css = 'html:has(dialog[open]) { overflow: hidden }\n:root.x:has(.y), .a { color: red }\nbody:has(> .z) {}\n.card:has(.tag) {}';
  assert.deepEqual(rootHasSelectors(css), ['html:has(dialog[open])', ':root.x:has(.y)', 'body:has(> .z)']);
});

test('no :has() in the stylesheet has the root as its subject', () => {
  assert.deepEqual(rootHasSelectors(fs.readFileSync(stylesheet, 'utf8')), []);
});
