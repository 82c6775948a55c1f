// Lighthouse (12.2.3, from node_modules) scores for `/` or a shared link (QUERY, e.g.
// `?tags=rlhf`), served by tests/e2e/serve-dist.js. The result is saved as NAME.
//
//   node scripts/bench/lighthouse.js DIST [PORT=8904] [RUNS=3] [PRESETS=mobile,desktop] [QUERY=] [NAME=lighthouse]
//
// Each run is the Lighthouse CLI against Debian's Chromium (CHROME_PATH=/usr/bin/chromium,
// --chrome-flags="--headless=new --no-sandbox --disable-gpu"), with a fresh profile each time.
// "mobile" is Lighthouse's default (Moto G Power emulation, simulated slow 4G and 4x CPU
// slowdown); "desktop" is --preset=desktop. The performance score is simulated from the trace
// (Lantern), so it depends on this machine's speed: Lighthouse warns when its benchmarkIndex says
// the CPU is slower than it expects, and we keep that warning in the results.
//
// Per preset we keep the median run by performance score (Lighthouse's own advice for variable
// scores), all category scores of every run, the performance score's and Total Blocking Time's
// median and range over the runs (issue 24's goal), each run's long tasks, and the audits that
// cost points in the median run: every audit with weight > 0 in a category and a score below 1,
// with its id and display value.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { root, benchDir, serve, median, summary, loadavg, writeResult } = require('./lib');

const dist = path.resolve(process.argv[2] || 'dist');
const port = Number(process.argv[3] || 8904);
const runs = Number(process.argv[4] || 3);
const presets = (process.argv[5] || 'mobile,desktop').split(',');
const query = process.argv[6] || '';
const name = process.argv[7] || 'lighthouse';
const outDir = path.join(benchDir, name);
const bin = path.join(root, 'node_modules', '.bin', 'lighthouse');

function lighthouse(url, preset, i) {
  const out = path.join(outDir, `${preset}-${i + 1}.json`);
  const args = [
    url, '--quiet', '--output=json', `--output-path=${out}`,
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
    ...(preset === 'desktop' ? ['--preset=desktop'] : []),
  ];
  const run = spawnSync(bin, args, {
    env: { ...process.env, CHROME_PATH: process.env.CHROMIUM || '/usr/bin/chromium' },
    stdio: ['ignore', 'inherit', 'inherit'],
    timeout: 300_000,
  });
  if (run.status !== 0) throw new Error(`lighthouse ${preset} run ${i + 1} failed (${run.status ?? run.signal})`);
  return JSON.parse(fs.readFileSync(out, 'utf8'));
}

function scores(report) {
  return Object.fromEntries(Object.entries(report.categories).map(([id, c]) => [id, c.score === null ? null : Math.round(c.score * 100)]));
}

function lostPoints(report) {
  const lost = [];
  for (const [category, c] of Object.entries(report.categories)) {
    for (const ref of c.auditRefs) {
      const audit = report.audits[ref.id];
      if (ref.weight > 0 && audit.score !== null && audit.score < 1) {
        lost.push({ category, id: ref.id, score: audit.score, weight: ref.weight, displayValue: audit.displayValue || '', title: audit.title });
      }
    }
  }
  return lost;
}

// Performance diagnostics and opportunities (weight 0, so they cost no points themselves) that
// Lighthouse marks as failing or warning: they say why the weighted metrics are what they are.
function flagged(report) {
  return report.categories.performance.auditRefs
    .map((ref) => ({ ref, audit: report.audits[ref.id] }))
    .filter(({ ref, audit }) => ref.weight === 0 && audit.score !== null && audit.score < 0.9
      && ['numeric', 'binary', 'metricSavings'].includes(audit.scoreDisplayMode))
    .map(({ audit }) => ({ id: audit.id, score: audit.score, displayValue: audit.displayValue || '' }));
}

(async () => {
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  const load = { before: loadavg() };
  const server = await serve(dist, port);
  const result = { dist, query, runs, presets: {} };
  try {
    for (const preset of presets) {
      const reports = [];
      for (let i = 0; i < runs; i++) {
        const report = lighthouse(server.url + query, preset, i);
        reports.push(report);
        process.stderr.write(`  lighthouse ${preset} run ${i + 1}: ${JSON.stringify(scores(report))}\n`);
      }
      const byPerf = [...reports].sort((a, b) => a.categories.performance.score - b.categories.performance.score);
      const mid = byPerf[Math.floor((byPerf.length - 1) / 2)];
      const categories = Object.keys(mid.categories);
      const metrics = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index']
        .map((id) => ({ id, displayValue: mid.audits[id].displayValue, value: mid.audits[id].numericValue, score: mid.audits[id].score }));
      result.presets[preset] = {
        lighthouseVersion: mid.lighthouseVersion,
        hostUserAgent: mid.environment.hostUserAgent,
        benchmarkIndex: reports.map((r) => r.environment.benchmarkIndex),
        medianRun: reports.indexOf(mid) + 1,
        scores: scores(mid),
        medianScores: Object.fromEntries(categories.map((c) => [c, median(reports.map((r) => Math.round(r.categories[c].score * 100)))])),
        allScores: reports.map(scores),
        // Issue 24's goal: the median performance score of the runs, and Total Blocking Time.
        performance: summary(reports.map((r) => Math.round(r.categories.performance.score * 100))),
        tbt: summary(reports.map((r) => r.audits['total-blocking-time'].numericValue)),
        lcp: summary(reports.map((r) => r.audits['largest-contentful-paint'].numericValue)),
        // The main thread's longest tasks in each run's trace (Lighthouse's own list, over 50 ms).
        longTasks: reports.map((r) => (r.audits['long-tasks']?.details?.items || []).map((t) => ({ url: t.url, duration: t.duration, startTime: t.startTime }))),
        metrics,
        lostPoints: lostPoints(mid),
        flagged: flagged(mid),
        // Outside performance the audits are deterministic, but list any that failed in any run.
        lostPointsAnyRun: [...new Set(reports.flatMap((r) => lostPoints(r).filter((l) => l.category !== 'performance').map((l) => `${l.category}/${l.id}`)))],
        runWarnings: [...new Set(reports.flatMap((r) => r.runWarnings))],
      };
      const p = result.presets[preset];
      console.log(`${name} ${preset} /${query} (median run of ${runs}): ${JSON.stringify(p.scores)}; performance median ${p.performance.median} `
        + `(${p.performance.min}–${p.performance.max}), TBT median ${p.tbt.median.toFixed(0)} ms (${p.tbt.min.toFixed(0)}–${p.tbt.max.toFixed(0)})`);
    }
  } finally {
    await server.stop();
  }
  load.after = loadavg();
  result.loadavg = load;
  writeResult(name, result);
})().catch((e) => { console.error(e); process.exit(1); });
