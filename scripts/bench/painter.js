// A prototype measurement for issue 17's "static page plus one painter": the first view
// (first-view/) already applies a selection to the prerendered cards. This compares a tag click
// it answers with the live app's tag click on the same build, alternated.
//
//   node scripts/bench/painter.js NAME DIST [PORT=8908] [RUNS=3]
//
// DIST is a release build (meant: the 5,000-paper one). Each run opens `/?tags=moe` twice in a
// new context without service workers (which would answer the app's loader past the block):
//   painter  the app's JS loader held for ever, so only the first view answers; a click is
//            window.firstViewTakes(button), as boot.js offers it;
//   app      the app live; a click is button.click().
// Then 8 tag toggles of the tag bar, each timed inside the page from just before the click:
// `sync` when the call returned, `frame` when the next frame is done (requestAnimationFrame,
// then a timeout). Medians of `frame` go to painter-NAME.json.
const { launch, serve, median, writeResult, loadavg } = require('./lib');

const [name, dist, port = 8908, runs = 3] = process.argv.slice(2);
const TAGS = ['moe', 'rlhf', 'multimodal', 'transformer', 'diffusion', 'moe', 'rlhf', 'multimodal'];
const APP_LOADER = /\/ai-paper-archive-[^/]*\.js$/;

async function clicks(page, via) {
  const out = [];
  for (const tag of TAGS) {
    out.push(await page.evaluate(([tag, via]) => new Promise((resolve) => {
      const button = document.querySelector(`.tag-bar button.tag-toggle[data-tag="${tag}"]`);
      const start = performance.now();
      if (via === 'painter') window.firstViewTakes(button);
      else button.click();
      const sync = performance.now() - start;
      requestAnimationFrame(() => setTimeout(() => resolve({ sync, frame: performance.now() - start })));
    }), [tag, via]));
    await page.waitForTimeout(150);
  }
  return out;
}

(async () => {
  const server = await serve(dist, Number(port));
  const browser = await launch();
  const samples = { painter: [], app: [] };
  try {
    for (let run = 0; run < Number(runs); run++) {
      for (const via of ['painter', 'app']) {
        const context = await browser.newContext({ serviceWorkers: 'block' });
        const page = await context.newPage();
        if (via === 'painter') await page.route(APP_LOADER, () => {});
        await page.goto(`${server.url}?tags=moe`);
        const ready = via === 'painter'
          ? () => document.documentElement.dataset.firstView === 'shown' && window.firstViewTakes
          : () => document.documentElement.dataset.app === 'live';
        await page.waitForFunction(ready, null, { timeout: 120_000 });
        await page.waitForTimeout(500);
        const seen = await clicks(page, via);
        samples[via].push(...seen);
        console.log(`[painter] ${via}: ${seen.map((c) => `${c.sync.toFixed(0)}/${c.frame.toFixed(0)}`).join(' ')} (sync/frame ms)`);
        await context.close();
      }
    }
  } finally {
    await browser.close();
    server.stop();
  }
  const result = Object.fromEntries(Object.entries(samples).map(([via, xs]) => [via, {
    sync: median(xs.map((x) => x.sync)), frame: median(xs.map((x) => x.frame)), samples: xs,
  }]));
  console.log(`[painter] ${name}: click to next frame, median: painter ${result.painter.frame.toFixed(0)} ms, app ${result.app.frame.toFixed(0)} ms`);
  writeResult(`painter-${name}`, { ...result, loadavg: loadavg() });
})();
