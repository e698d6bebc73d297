// Preloaded into a measured build: records the process's peak resident memory
// (worker threads included) when it exits, in kilobytes, to BENCH_RSS_FILE.
const {writeFileSync} = require('node:fs');
const {isMainThread} = require('node:worker_threads');

process.on('exit', () => {
  if (isMainThread && process.env.BENCH_RSS_FILE) writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS));
});
