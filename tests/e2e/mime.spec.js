// A host that sends .wasm as application/octet-stream (older nginx, S3 configurations). Streaming
// compilation refuses that type, and the service worker replays it on every repeat visit, so
// the start script falls back to compiling the bytes (assets/start.js).
//
// The spec serves dist/ itself (tests/e2e/own-server.js), with that type, on E2E_PORT + 4.
const { test, expect } = require('@playwright/test');
const { count, open, watchForTrouble } = require('./helpers');
const { showing } = require('./oracle');
const { serve, workerInControl } = require('./own-server');

const port = Number(process.env.E2E_PORT || 8765) + 4;

test('with wasm sent as application/octet-stream, the first and the repeat visit go live, and so does a shared link', async ({ page, context }) => {
  const server = await serve('dist', port, { SERVE_DIST_WASM_TYPE: 'application/octet-stream' });
  try {
    const trouble = watchForTrouble(page);
    const types = [];
    page.on('response', (response) => {
      if (response.url().endsWith('.wasm')) types.push(response.headers()['content-type']);
    });
    await open(page, server.url);
    expect(types.length).toBeGreaterThan(0);
    expect(new Set(types)).toEqual(new Set(['application/octet-stream']));
    expect(trouble).toEqual([]);
    await workerInControl(page);

    // The repeat visit: the worker answers with what the host sent, and the start script
    // compiles it all the same.
    const second = await context.newPage();
    const again = watchForTrouble(second);
    const fromWorker = [];
    second.on('response', (response) => {
      if (response.url().endsWith('.wasm')) fromWorker.push(response.fromServiceWorker());
    });
    await open(second, server.url);
    await expect(count(second)).toHaveText(showing());
    expect(fromWorker).toEqual([true]);
    expect(again).toEqual([]);

    // A shared link.
    const linked = await context.newPage();
    const linkedTrouble = watchForTrouble(linked);
    await open(linked, `${server.url}?tags=rlhf`);
    await expect(count(linked)).toHaveText(showing('tags=rlhf'));
    expect(linkedTrouble).toEqual([]);
  } finally {
    await server.stop();
  }
});
