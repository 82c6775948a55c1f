// Waits (boundedly) for the machine to be quiet before a timing section, and records how busy it
// was. This machine has 2 cores and other work (builds, tests) may run on it; browser timings
// taken while another process saturates the CPU are not comparable with quiet ones.
//
//   node scripts/bench/idle.js SECTION [MAX_WAIT_S=180] [THRESHOLD=0.25]
//
// "busy" is the fraction of all CPU time (all cores) that was not idle over a 3 s window, read
// from /proc/stat. We proceed as soon as busy <= THRESHOLD, or after MAX_WAIT_S anyway (then the
// result says so and the report flags the section). Written to results/idle-SECTION.json.
const fs = require('node:fs');
const { loadavg, writeResult } = require('./lib');

const section = process.argv[2] || 'section';
const maxWait = Number(process.argv[3] ?? 180);
const threshold = Number(process.argv[4] ?? 0.25);

function cpuTimes() {
  const f = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  const idle = f[3] + f[4]; // idle + iowait
  return { idle, total: f.reduce((a, b) => a + b, 0) };
}

async function busyOver(ms) {
  const a = cpuTimes();
  await new Promise((r) => setTimeout(r, ms));
  const b = cpuTimes();
  return 1 - (b.idle - a.idle) / Math.max(1, b.total - a.total);
}

(async () => {
  const start = Date.now();
  let busy = await busyOver(3000);
  let announced = false;
  while (busy > threshold && Date.now() - start < maxWait * 1000) {
    if (!announced) {
      process.stderr.write(`  [${section}] CPU ${Math.round(busy * 100)}% busy; waiting up to ${maxWait} s for <= ${Math.round(threshold * 100)}%\n`);
      announced = true;
    }
    busy = await busyOver(3000);
  }
  const waited = (Date.now() - start) / 1000;
  const quiet = busy <= threshold;
  writeResult(`idle-${section}`, { section, busy, quiet, waitedSeconds: waited, threshold, loadavg: loadavg() });
  process.stderr.write(`  [${section}] CPU ${Math.round(busy * 100)}% busy after ${waited.toFixed(0)} s${quiet ? '' : ' (NOT quiet: timings may be inflated)'}\n`);
})();
