// What an import shows while it runs: on a terminal a progress bar with rows/s (cli-progress), elsewhere
// (CI, a log file) a plain line every 5 s and one at each phase's end. Used by `npm run import`,
// `npm run demo:reset` and the benchmark's data builder.
const cliProgress = require('cli-progress');

const importProgress = (stream = process.stderr) => {
  const tty = Boolean(stream.isTTY);
  let bar = null;
  let phase = '';
  let started = Date.now();
  let lastLine = 0;
  const rate = (done) => Math.round(done / Math.max(0.001, (Date.now() - started) / 1000));
  const line = (p) => stream.write(`  ${p.phase === 'validate' ? 'validating' : 'writing'} ${p.done}/${p.total} rows${p.type ? ` (${p.type})` : ''}, ${rate(p.done)} rows/s\n`);

  const onProgress = (p) => {
    if (p.phase !== phase) {
      if (bar) bar.stop();
      bar = null;
      phase = p.phase;
      started = Date.now();
      if (tty) {
        bar = new cliProgress.SingleBar(
          { format: `  ${p.phase === 'validate' ? 'validating' : 'writing   '} |{bar}| {percentage}% {value}/{total} rows | {rate} rows/s | {type}`, hideCursor: true, stream },
          cliProgress.Presets.shades_classic,
        );
        bar.start(p.total, 0, { rate: 0, type: p.type });
      }
    }
    if (bar) bar.update(p.done, { rate: rate(p.done), type: p.type });
    else if (p.done === p.total || Date.now() - lastLine >= 5000) {
      lastLine = Date.now();
      line(p);
    }
  };
  const stop = () => {
    if (bar) bar.stop();
    bar = null;
  };
  return { onProgress, stop };
};

module.exports = { importProgress };
