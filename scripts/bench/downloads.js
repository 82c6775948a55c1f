// Everything a first visit downloads, as the host sees it: the page's own requests and the
// service worker's precache, on a host that sends no cache headers and on one that lets files
// be kept for ten minutes (GitHub Pages sends max-age=600).
//
//   node scripts/bench/downloads.js DIST [PORT=8911]
//
// For each host kind: tests/e2e/serve-dist.js with its request log (SERVE_DIST_LOG=1; and
// SERVE_DIST_CACHE=1 for the caching host), a new Chromium profile (launchPersistentContext,
// 1280x720), `/` opened once; we wait until the app is live, then until the service worker
// controls the page (its install has precached the build: assets/sw.js), then one more second.
// Every request the server answered is counted at the size it sent: serve-dist.js sends every
// text and wasm file gzip -9 (as computed here again with zlib) to a browser that accepts gzip,
// other files as they are; headers are not counted. The requests before the service worker's
// own file (sw.js, registered once the app is live) are the page's; those from it on are the
// worker's and its precache's (and anything the page fetched later).
//
// A file requested twice (the page's load, then the precache) is listed: the worker's install
// asks the HTTP cache first (assets/sw.js), so on either host each file should come once.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const zlib = require('node:zlib');
const { serve, loadavg, writeResult } = require('./lib');
const { workerInControl } = require('../../tests/e2e/own-server');
const { APP_LIVE } = require('../app-state');
const chromiumOptions = require('../chromium');

const dist = path.resolve(process.argv[2] || 'dist');
const port = Number(process.argv[3] || 8911);
const TEXT = new Set(['.html', '.js', '.wasm', '.css', '.svg', '.json']); // serve-dist.js's types: sent gzip

/** The bytes serve-dist.js sends for `urlPath` (gzip -9 for its types), and the file's kind. */
function sent(urlPath) {
  const pathname = decodeURIComponent(urlPath.split('?')[0]);
  const file = path.join(dist, pathname === '/' ? 'index.html' : pathname);
  const ext = path.extname(file);
  const kind = { '.html': 'html', '.js': 'js', '.wasm': 'wasm', '.css': 'css' }[ext] || 'other';
  if (!fs.existsSync(file)) return { path: urlPath, kind, bytes: 0, missing: true };
  const raw = fs.readFileSync(file);
  const bytes = TEXT.has(ext) ? zlib.gzipSync(raw, { level: 9 }).length : raw.length;
  return { path: urlPath, kind, bytes };
}

function total(list) {
  const byKind = { html: 0, css: 0, js: 0, wasm: 0, other: 0 };
  for (const r of list) byKind[r.kind] += r.bytes;
  return { bytes: list.reduce((n, r) => n + r.bytes, 0), byKind, requests: list.length, wasmModules: list.filter((r) => r.kind === 'wasm').length };
}

async function firstVisit(host) {
  const server = await serve(dist, port, host.cache ? { SERVE_DIST_CACHE: '1' } : {});
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'archive-downloads-'));
  const { chromium } = require('@playwright/test');
  const context = await chromium.launchPersistentContext(dir, { ...chromiumOptions, headless: true, viewport: { width: 1280, height: 720 } });
  try {
    const page = context.pages()[0] || (await context.newPage());
    await page.goto(server.url, { waitUntil: 'commit' });
    await page.locator(APP_LIVE).waitFor({ state: 'attached', timeout: 120_000 });
    await workerInControl(page);
    await page.waitForTimeout(1000);
    await server.settled();
    // The server's readiness answers are its own, not the visit's.
    const all = server.requests.filter((r) => r !== '/__alive').map(sent);
    const worker = all.findIndex((r) => r.path.split('?')[0].endsWith('/sw.js'));
    if (worker < 0) throw new Error('the service worker was never requested');
    return {
      host: host.name,
      page: total(all.slice(0, worker)),
      worker: total(all.slice(worker)),
      all: total(all),
      repeated: [...new Set(all.map((r) => r.path).filter((p, i, xs) => xs.indexOf(p) !== i))],
      requests: all,
    };
  } finally {
    await context.close();
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

(async () => {
  const load = { before: loadavg() };
  const hosts = [{ name: 'no-cache-headers', cache: false }, { name: 'max-age-600', cache: true }];
  const visits = [];
  for (const host of hosts) {
    const v = await firstVisit(host);
    visits.push(v);
    process.stderr.write(`  first visit, host ${v.host}: ${(v.all.bytes / 1000).toFixed(1)} KB in ${v.all.requests} requests `
      + `(the page's ${(v.page.bytes / 1000).toFixed(1)} KB, the service worker's ${(v.worker.bytes / 1000).toFixed(1)} KB); `
      + `fetched twice: ${v.repeated.join(', ') || 'none'}\n`);
  }
  // Every file of the build once, as sizes.sh counts them (gzip -9 each).
  const build = total(fs.readdirSync(dist).filter((f) => fs.statSync(path.join(dist, f)).isFile() && !f.startsWith('.')).map((f) => sent(`/${f}`)));
  load.after = loadavg();
  writeResult('downloads', { dist, build, visits, loadavg: load });
  console.log(`first visit downloads: ${visits.map((v) => `${v.host} ${(v.all.bytes / 1000).toFixed(1)} KB (${v.all.wasmModules} wasm)`).join('; ')}; `
    + `the build's files once: ${(build.bytes / 1000).toFixed(1)} KB`);
})().catch((e) => { console.error(e); process.exit(1); });
