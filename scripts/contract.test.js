// The page contract (crates/core/src/page.rs) is written once: every JavaScript file takes its names
// from the contract the build generates (target/page-contract.json, through
// scripts/page-contract.js, or filled into the start script and the service worker), and none
// spells one of them itself.
//
//   node --test scripts/contract.test.js      (after a release build)
//
// The stylesheet is exempt where it must act before any script has run; its one comment on the
// phases lists those uses.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const PAGE = require('./page-contract');

const root = path.resolve(__dirname, '..');

/** The JavaScript files of the project (not node_modules, not build output). */
function javascriptFiles() {
  const files = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const relative = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(relative);
      else if (/\.(c|m)?js$/.test(entry.name)) files.push(relative);
    }
  };
  for (const dir of ['assets', 'scripts', 'tests']) walk(dir);
  files.push('playwright.config.js');
  return files;
}

/**
 * The patterns that write a name of the contract as a literal, with the name:
 * - an id (`…Id`): as a selector (`#prerendered`), or in getElementById or an `id="…"`;
 * - a phase: as the phase attribute's value (`data-phase=live`);
 * - any other name (attributes, globals, keys): as a string literal, or in a selector (`[data-early`).
 * The URL's parameter names are the URL format, which links and tests write as URLs.
 */
function literals() {
  const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const patterns = [];
  for (const [key, value] of Object.entries(PAGE)) {
    if (key === 'params') continue;
    if (key === 'phases') {
      for (const phase of Object.values(value)) patterns.push([phase, `${escape(PAGE.phaseAttr)}=["']?${escape(phase)}\\b`]);
    } else if (key.endsWith('Id')) {
      patterns.push([value, `#${escape(value)}(?![\\w-])|getElementById\\((['"\`])${escape(value)}\\1|id="${escape(value)}"`]);
    } else {
      const strings = typeof value === 'string' ? [value] : Object.values(value);
      for (const name of strings) patterns.push([name, `(['"\`])${escape(name)}\\1|\\[${escape(name)}(?![\\w-])`]);
    }
  }
  return patterns.map(([name, source]) => [name, new RegExp(source)]);
}

test('the contract has the names the start needs', () => {
  for (const key of ['prerenderedId', 'phaseAttr', 'startGlobal', 'earlyAttr', 'searchHighlight', 'themeKey', 'appBuildMeta']) {
    assert.equal(typeof PAGE[key], 'string', key);
  }
  assert.deepEqual(Object.keys(PAGE.phases).sort(), ['failed', 'live', 'loading', 'static']);
});

test('no JavaScript file writes a name of the contract as a literal', () => {
  const found = [];
  for (const file of javascriptFiles()) {
    const text = fs.readFileSync(path.join(root, file), 'utf8');
    for (const [name, literal] of literals()) {
      const lines = text.split('\n');
      lines.forEach((line, i) => {
        // Comments may name what they describe.
        const code = line.replace(/^\s*(\/\/|\*|\/\*).*$/, '').replace(/\s\/\/\s.*$/, '');
        if (literal.test(code)) found.push(`${file}:${i + 1}: ${name}: ${line.trim()}`);
      });
    }
  }
  assert.deepEqual(found, [], 'write these with the names of scripts/page-contract.js (or PAGE in the page)');
});
