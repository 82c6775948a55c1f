// The page contract (crates/core/src/page.rs) for the tests and tools: the names the page's JavaScript
// shares with the app, as the release build wrote them (scripts/post-build.js). No test or tool
// spells one of them itself; scripts/contract.test.js checks that.
const fs = require('node:fs');
const path = require('node:path');

const file = path.join(__dirname, '..', 'target', 'page-contract.json');
if (!fs.existsSync(file)) {
  throw new Error(`${file} is missing: build the app first (trunk build --release writes it)`);
}

module.exports = JSON.parse(fs.readFileSync(file, 'utf8'));
