// Preloaded into the app by the benchmark (node --require): samples the V8 heap every 20 ms and
// writes the peak, and the peak since the last reset, to BENCH_HEAP_FILE once a second. The boot's
// full rebuild runs before the app listens, so only the process itself can see its heap then.
const fs = require('node:fs');

const file = process.env.BENCH_HEAP_FILE;
if (file) {
  let peak = 0;
  let sampled = 0;
  const sample = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
    sampled += 1;
  }, 20);
  const write = setInterval(() => {
    try {
      fs.writeFileSync(file, JSON.stringify({ peakHeapMb: Math.round(peak / 2 ** 20), sampled, at: Date.now() }));
    } catch {
      /* the bench folder went away: nothing to report to */
    }
  }, 1000);
  sample.unref();
  write.unref();
}
