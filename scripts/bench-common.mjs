// What the benchmarks (bench.mjs, bench-survey.mjs, bench-workspace.mjs) share: their
// command line and the median they report and gate on.

/** The command line: `--check`, and `arg('--runs', fallback)` for a flag's value. */
export function commandLine(argv = process.argv.slice(2)) {
  const arg = (name, fallback) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : fallback;
  };
  return { args: argv, check: argv.includes('--check'), arg };
}

/** The median of numbers (NaN for none). */
export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
