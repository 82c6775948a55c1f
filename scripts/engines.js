// The archive in Firefox and WebKit: loads, filters, reproduces a shared link and opens a
// paper's link, driven through WebDriver (geckodriver, WebKitWebDriver), which Playwright cannot
// use with Debian's browsers. A check to run by hand, not part of the test command: neither
// browser is on a fresh machine of our kind.
//
//   node scripts/engines.js [DIST=dist]
//
// Needs firefox-esr and geckodriver (`apt-get install firefox-esr`, `cargo install geckodriver`),
// and webkit2gtk-driver with xvfb-run for WebKit (`apt-get install webkit2gtk-driver xvfb`). An
// engine whose driver is missing is skipped, and said so.
const { spawn, execFileSync } = require('node:child_process');
const path = require('node:path');
const { APP_LIVE, VISIBLE_CARDS, PAGE } = require('./app-state');
const { showing, expectedIds } = require('../tests/e2e/oracle');

const dist = path.resolve(process.argv[2] || 'dist');
const serverPort = 8930;
const base = `http://127.0.0.1:${serverPort}`;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const which = (command) => {
  try {
    return execFileSync('which', [command], { encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
};

/** A WebDriver session on the driver at `url`: just the commands this check needs. */
async function session(url, capabilities) {
  const call = async (method, route, body) => {
    const response = await fetch(`${url}${route}`, { method, headers: { 'content-type': 'application/json' }, body: body && JSON.stringify(body) });
    const json = await response.json();
    if (!response.ok) throw new Error(`${method} ${route}: ${JSON.stringify(json.value)}`);
    return json.value;
  };
  const { sessionId } = await call('POST', '/session', { capabilities: { alwaysMatch: capabilities } });
  const s = `/session/${sessionId}`;
  const run = (script, ...args) => call('POST', `${s}/execute/sync`, { script, args });
  return {
    go: (where) => call('POST', `${s}/url`, { url: where }),
    run,
    click: async (selector) => {
      const element = await call('POST', `${s}/element`, { using: 'css selector', value: selector });
      await call('POST', `${s}/element/${Object.values(element)[0]}/click`, {});
    },
    /** Waits (up to 20 s) until `script` returns something truthy, and returns it. */
    until: async (what, script, ...args) => {
      for (let i = 0; i < 200; i += 1) {
        const value = await run(script, ...args);
        if (value) return value;
        await sleep(100);
      }
      throw new Error(`timed out waiting for ${what}`);
    },
    end: () => call('DELETE', s),
  };
}

/** Starts `command` and waits until its WebDriver answers at `url`. */
async function driver(command, args, url) {
  const child = spawn(command, args, { stdio: 'ignore' });
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(`${url}/status`)).ok) return child;
    } catch {
      // Not up yet.
    }
    await sleep(100);
  }
  child.kill();
  throw new Error(`${command} did not start`);
}

/** The checks, in one engine. */
async function check(browser) {
  const live = `return !!document.querySelector(arguments[0])`;
  const count = `return document.querySelector('[data-testid=result-count]').textContent.replace(/\\s+/g, ' ').trim()`;
  const shown = `return document.querySelectorAll(arguments[0]).length`;
  await browser.go(`${base}/`);
  await browser.until('the app to go live', live, APP_LIVE);
  const all = await browser.run(count);
  await browser.click('button.tag-toggle[data-tag=rlhf]');
  const filtered = await browser.until('the filter', `const t = (${count.replace('return ', '() => ')})(); return t.startsWith('Showing 6') && t;`);
  const url = await browser.run('return location.search');
  const cards = await browser.run(shown, VISIBLE_CARDS);
  // A shared link, opened anew.
  await browser.go(`${base}/?tags=moe&q=google`);
  await browser.until('the shared link to go live', live, APP_LIVE);
  const shared = await browser.run(count);
  const box = await browser.run(`return document.getElementById(arguments[0]).value`, PAGE.searchInputId);
  // A paper's link goes to its full text.
  const link = await browser.run(`return document.querySelector('#paper-gshard .paper-title a').href`);
  return { all, filtered, url, cards, shared, box, link };
}

(async () => {
  const server = spawn('node', [path.join(__dirname, '..', 'tests', 'e2e', 'serve-dist.js'), dist, String(serverPort)], { stdio: 'ignore' });
  await sleep(500);
  const engines = [
    {
      name: 'Firefox',
      ready: which('geckodriver') && which('firefox-esr'),
      start: () => driver('geckodriver', ['--port', '4444'], 'http://127.0.0.1:4444'),
      url: 'http://127.0.0.1:4444',
      capabilities: { browserName: 'firefox', 'moz:firefoxOptions': { binary: which('firefox-esr'), args: ['-headless'] } },
    },
    {
      name: 'WebKit',
      ready: which('WebKitWebDriver') && which('xvfb-run'),
      start: () => driver('xvfb-run', ['-a', 'WebKitWebDriver', '--port=4445'], 'http://127.0.0.1:4445'),
      url: 'http://127.0.0.1:4445',
      capabilities: { 'webkitgtk:browserOptions': { args: ['--automation'] } },
    },
  ];
  let failed = false;
  for (const engine of engines) {
    if (!engine.ready) {
      console.log(`${engine.name}: skipped (its browser or WebDriver is not installed)`);
      continue;
    }
    const child = await engine.start();
    try {
      const browser = await session(engine.url, engine.capabilities);
      try {
        const result = await check(browser);
        const ok = result.all === showing() && result.url === '?tags=rlhf' && result.cards === expectedIds('?tags=rlhf').length
          && result.shared === showing('?tags=moe&q=google') && result.box === 'google' && result.link.startsWith('https://');
        failed ||= !ok;
        console.log(`${engine.name}: ${ok ? 'ok' : 'WRONG'} ${JSON.stringify(result)}`);
      } finally {
        await browser.end();
      }
    } catch (error) {
      failed = true;
      console.log(`${engine.name}: FAILED ${error.message}`);
    } finally {
      child.kill();
    }
  }
  server.kill();
  process.exit(failed ? 1 : 0);
})();
