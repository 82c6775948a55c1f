// The service worker (assets/sw.js, registered by assets/start.js once the app is live): after a
// first visit the archive opens offline, a repeat visit loads the wasm from the cache, and a new
// release reaches the reader on the next load.
//
// These tests start their own server (tests/e2e/own-server.js, with its request log) on
// E2E_PORT + 3, because they stop it, or swap the build it serves, while the browser keeps its
// service worker. Each test has a fresh browser context, so a fresh worker.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { test, expect } = require('@playwright/test');
const { count, open, appLive, watchForTrouble, tagButton, visibleCards, PAGE } = require('./helpers');
const { total, showing } = require('./oracle');
const { serve: serveOn, workerInControl, build } = require('./own-server');

const root = path.resolve(__dirname, '..', '..');
const port = Number(process.env.E2E_PORT || 8765) + 3;
const url = `http://127.0.0.1:${port}/`;

/** Serves `dir` on this spec's port, with its request log (own-server.js). */
const serve = (dir) => serveOn(dir, port);

test('after a first visit the archive opens offline, with every paper, and filters', async ({ page, context }) => {
  const trouble = watchForTrouble(page);
  const server = await serve('dist');
  try {
    await open(page, url);
    await workerInControl(page);
    // Both: no server at all, and the browser told it is offline.
    await server.stop();
    await context.setOffline(true);
    await page.reload();
    await appLive(page);
    await expect(count(page)).toHaveText(showing());
    expect(await visibleCards(page)).toHaveLength(total);
    await tagButton(page, 'moe').click();
    await expect(count(page)).toHaveText(showing('tags=moe'));
    await expect(page).toHaveURL(`${url}?tags=moe`);
    // A shared link opens offline too: the cached page answers any query string.
    await page.goto(`${url}?tags=rlhf&q=human`);
    await appLive(page);
    await expect(page.locator(`#${PAGE.searchInputId}`)).toHaveValue('human');
    expect((await visibleCards(page)).length).toBeGreaterThan(0);
    expect(trouble).toEqual([]);
  } finally {
    await context.setOffline(false);
    await server.stop();
  }
});

test('a repeat visit takes the wasm from the service worker, not the network', async ({ page, context }) => {
  const server = await serve('dist');
  try {
    await open(page, url);
    await workerInControl(page);
    await server.settled();
    // The first visit and the worker's precaching fetched the wasm over the network.
    expect(server.requests.filter((r) => r.endsWith('.wasm')).length).toBeGreaterThan(0);
    const before = server.requests.length;

    const second = await context.newPage();
    const trouble = watchForTrouble(second);
    const wasm = [];
    second.on('response', (response) => {
      if (response.url().endsWith('.wasm')) wasm.push([response.url().replace(/.*\/([a-z-]+)-[0-9a-f]+_bg\.wasm$/, '$1'), response.fromServiceWorker()]);
    });
    await open(second, url);
    await expect(count(second)).toHaveText(showing());
    await server.settled();
    // The app's wasm comes from the worker.
    expect(wasm).toEqual([['ai-paper-archive', true]]);
    const reached = server.requests.slice(before).filter((r) => r !== '/__alive');
    // Only the page itself (network first, so a new release is never missed) reached the server.
    expect(reached).toEqual(['/']);
    expect(trouble).toEqual([]);
  } finally {
    await server.stop();
  }
});

test('a new release reaches a returning reader on the next load, and replaces the old one offline', async ({ page, context }) => {
  // Release B: the same build with a different id in sw.js and index.html, as a new build of
  // changed sources would have (post-build.js derives the id from the hashed file names).
  const distB = fs.mkdtempSync(path.join(os.tmpdir(), 'archive-release-b-'));
  fs.cpSync(path.join(root, 'dist'), distB, { recursive: true });
  const buildA = fs.readFileSync(path.join(root, 'dist/sw.js'), 'utf8').match(/const BUILD = "([^"]+)";/)[1];
  const buildB = 'release-b';
  for (const file of ['sw.js', 'index.html']) {
    const text = fs.readFileSync(path.join(distB, file), 'utf8');
    expect(text).toContain(buildA);
    fs.writeFileSync(path.join(distB, file), text.replaceAll(buildA, buildB));
  }

  let server = await serve('dist');
  try {
    await open(page, url);
    await workerInControl(page);
    expect(await build(page)).toBe(buildA);

    await server.stop();
    server = await serve(distB);
    // One reload shows B: the page is fetched network first.
    await page.reload();
    await appLive(page);
    expect(await build(page)).toBe(buildB);
    // The browser also finds B's byte-different sw.js; B's worker takes over and deletes A's cache.
    await expect
      .poll(() => page.evaluate(async () => (await caches.keys()).map((name) => name.split(' ').pop())), { timeout: 15_000 })
      .toEqual([buildB]);

    // Offline, it is B that opens.
    await server.stop();
    await context.setOffline(true);
    await page.reload();
    await appLive(page);
    expect(await build(page)).toBe(buildB);
    await expect(count(page)).toHaveText(showing());
  } finally {
    await context.setOffline(false);
    await server.stop();
    fs.rmSync(distB, { recursive: true, force: true });
  }
});
