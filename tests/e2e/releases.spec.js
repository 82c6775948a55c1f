// The service worker (assets/sw.js) in the wild: a host half-way through a deploy, a host that
// answers with errors, and the first install's downloads.
//
// These tests start their own server (tests/e2e/own-server.js) on E2E_PORT + 5 and change
// what it serves while the browser keeps its service worker; offline.spec.js has the everyday
// cases. Each test has a fresh browser context, so a fresh worker.
const crypto = require('node:crypto');
const fs = require('node:fs');
const http = require('node:http');
const os = require('node:os');
const path = require('node:path');
const { test, expect } = require('@playwright/test');
const { count, open, appLive, watchForTrouble, APP_LIVE, PAGE } = require('./helpers');
const { showing } = require('./oracle');
const { serve, workerInControl, build } = require('./own-server');

const root = path.resolve(__dirname, '..', '..');
const dist = path.join(root, 'dist');
const port = Number(process.env.E2E_PORT || 8765) + 5;
const url = `http://127.0.0.1:${port}/`;
const buildA = fs.readFileSync(path.join(dist, 'sw.js'), 'utf8').match(/const BUILD = "([^"]+)";/)[1];

/** A fresh directory holding a copy of `from` (or nothing), for the server to serve. */
function site(from) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'archive-site-'));
  if (from) fs.cpSync(from, dir, { recursive: true });
  return dir;
}

/** Makes `dir` hold a copy of `from` and nothing else, as a deploy to a static host would. */
function put(dir, from) {
  for (const entry of fs.readdirSync(dir)) fs.rmSync(path.join(dir, entry), { recursive: true, force: true });
  if (from) fs.cpSync(from, dir, { recursive: true });
}

/** The inline scripts' CSP hashes, as post-build.js computes them. */
function scriptHashes(html) {
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
    (m) => `'sha256-${crypto.createHash('sha256').update(m[1], 'utf8').digest('base64')}'`,
  );
}

/**
 * Release B, half uploaded: a new build (its own id in sw.js and the page, new names for both
 * wasm modules, as changed sources would give) whose page and sw.js are on the host while its
 * wasm files are not yet.
 */
function halfUploadedRelease() {
  const dir = site(dist);
  const wasm = fs.readdirSync(dir).filter((name) => name.endsWith('.wasm'));
  expect(wasm.length).toBe(1);
  const oldPage = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
  for (const file of ['index.html', 'sw.js']) {
    let text = fs.readFileSync(path.join(dir, file), 'utf8');
    expect(text).toContain(buildA);
    text = text.replaceAll(buildA, 'release-b');
    for (const name of wasm) {
      expect(text, `${file} names ${name}`).toContain(name);
      text = text.replaceAll(name, name.replace(/_bg\.wasm$/, '-b_bg.wasm'));
    }
    fs.writeFileSync(path.join(dir, file), text);
  }
  // The start script (inline) changed: its CSP hash follows, as in a real build.
  let page = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
  const [before, after] = [scriptHashes(oldPage), scriptHashes(page)];
  before.forEach((hash, i) => {
    page = page.replace(hash, after[i]);
  });
  fs.writeFileSync(path.join(dir, 'index.html'), page);
  for (const name of wasm) fs.rmSync(path.join(dir, name));
  return dir;
}

/** For each of this origin's caches that keeps a page: [the cache's release, the page's]. */
function cachedPages(page) {
  const source = `<meta name="${PAGE.appBuildMeta}" content="([^"]*)"`;
  return page.evaluate(async (source) => {
    const meta = new RegExp(source);
    const kept = [];
    for (const name of await caches.keys()) {
      const response = await (await caches.open(name)).match(new URL('./', location.href).href);
      if (!response) continue;
      const text = await response.text();
      kept.push([name.split(' ').pop(), (meta.exec(text) || [])[1] || null]);
    }
    return kept;
  }, source);
}

test('offline after a half-finished deploy, the reader gets the last complete release', async ({ page, context }) => {
  const served = site(dist);
  const releaseB = halfUploadedRelease();
  const server = await serve(served, port);
  try {
    // Release A, kept by its worker.
    await open(page, url);
    await workerInControl(page);
    expect(await build(page)).toBe(buildA);

    // Release B goes up without its wasm files; the reader loads once online. The page is B's
    // (network first), and it cannot start: its files are missing.
    put(served, releaseB);
    await page.reload();
    expect(await build(page)).toBe('release-b');
    await expect.poll(() => server.requests.filter((r) => r.endsWith('-b_bg.wasm')).length).toBeGreaterThan(0);
    await server.settled();
    // A's cache still holds A's page, not B's (which names files A's worker never had), and
    // B's worker, which cannot cache B's files, has not taken over.
    expect(await cachedPages(page)).toEqual([[buildA, buildA]]);

    // Offline, the reader gets release A, complete, and the app goes live.
    await context.setOffline(true);
    const trouble = watchForTrouble(page);
    await page.reload();
    await appLive(page);
    expect(await build(page)).toBe(buildA);
    await expect(page.locator(APP_LIVE)).toHaveCount(1);
    await expect(count(page)).toHaveText(showing());
    expect(trouble).toEqual([]);
  } finally {
    await context.setOffline(false);
    await server.stop();
    fs.rmSync(served, { recursive: true, force: true });
    fs.rmSync(releaseB, { recursive: true, force: true });
  }
});

/** A server on this spec's port that answers every request with `status`. */
function failing(status) {
  const server = http.createServer((req, res) => {
    res.writeHead(status, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!DOCTYPE html><title>${status}</title><p>The host is having trouble (${status}).</p>`);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

test("a 404 or 5xx page from the network does not replace the cached page", async ({ page, context }) => {
  const served = site(dist);
  let server = await serve(served, port);
  let broken = null;
  try {
    await open(page, url);
    await workerInControl(page);
    const trouble = watchForTrouble(page);

    // The host loses the site: every path is 404. The reader still gets the release they have.
    put(served, null);
    await page.reload();
    await appLive(page);
    expect(await build(page)).toBe(buildA);
    await expect(count(page)).toHaveText(showing());
    expect(server.requests).toContain('/');

    // The host fails outright (503): the same.
    await server.stop();
    broken = await failing(503);
    await page.goto(`${url}?tags=moe`);
    await appLive(page);
    expect(await build(page)).toBe(buildA);
    await expect(count(page)).toHaveText(showing('tags=moe'));
    // And the error pages were never kept: offline, it is still release A.
    expect(await cachedPages(page)).toEqual([[buildA, buildA]]);
    expect(trouble).toEqual([]);
  } finally {
    if (broken) await new Promise((resolve) => broken.close(resolve));
    await server.stop();
    fs.rmSync(served, { recursive: true, force: true });
  }
});

for (const host of [
  { kind: 'that lets browsers keep files for a while, as static hosts do', env: { SERVE_DIST_CACHE: '1' } },
  { kind: 'that sends no cache headers', env: {} },
]) {
  test(`a first visit downloads each file once, the worker's install included, from a host ${host.kind}`, async ({ page }) => {
    const server = await serve(dist, port, host.env);
    try {
      await open(page, url);
      await workerInControl(page);
      await server.settled();
      const files = JSON.parse(fs.readFileSync(path.join(dist, 'sw.js'), 'utf8').match(/const FILES = (\[.*\]);/)[1]);
      // The install takes the hashed files and this release's page from the HTTP cache, where
      // the visit has just put them, fresh or not: nothing is downloaded twice.
      for (const file of [...files, '/']) {
        const times = server.requests.filter((r) => r === file).length;
        expect(times, `${file} downloaded ${times} times`).toBe(1);
      }
    } finally {
      await server.stop();
    }
  });
}
