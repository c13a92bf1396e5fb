// Preloaded into a measured process: reports its peak resident memory on exit (bench only).
process.on('exit', () => {
  process.stderr.write(`\n__MAXRSS_KB=${process.resourceUsage().maxRSS}\n`);
});
