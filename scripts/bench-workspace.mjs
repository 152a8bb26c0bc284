// The workspace benchmark (issue 10 item 6): every province, regency and city of
// Indonesia (552 response files, written by `cargo run --example generate_regions`)
// imported at once on #/workspace in headless Chromium (unthrottled: an analyst's
// laptop), then ranked by the SCV index, twelve of them compared side by side, and the
// comparison of all 552 made as CSV. Each step is timed in the page, from the user's
// action to its result drawn; the main thread is watched for long tasks meanwhile (Long
// Tasks API) from the first action on. Reading, scoring, ranking and comparing all 552
// run in the tools worker; the page writes the saves and draws what the worker sends
// (the twelve compared side by side are computed in the views module).
//
//   node scripts/bench-workspace.mjs            # prints the table (median of --runs, default 3)
//   node scripts/bench-workspace.mjs --check    # and exits 1 when over budget
//
// Budgets: 2,000 ms for the four steps together (the issue's "under 2 s"), and no
// main-thread task over 200 ms. On a noisy shared CI machine (scripts/test.sh) the time
// is gated at CERMAT_WORKSPACE_GATE_MS (default 5,000 ms) on the median; the long-task
// budget is enforced as is. The strict figures are reported.

import path from 'node:path';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';
import { commandLine, median } from './bench-common.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '..');
const { check: CHECK, arg } = commandLine();
const RUNS = Math.max(1, Number(arg('--runs', process.env.CERMAT_WORKSPACE_RUNS ?? 3)));
const REGIONS = Number(arg('--regions', 552));
const COMPARED = 12;
const DIST = path.resolve(arg('--dist', process.env.CERMAT_DIST ?? path.join(REPO, 'dist')));
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const BUDGET_MS = 2000;
const GATE_MS = Number(process.env.CERMAT_WORKSPACE_GATE_MS ?? 5000);
const LONG_TASK_MS = 200;

/** Waits, polling every frame, until `test` holds in the page; the page's time then. */
async function timeUntil(page, test, arg) {
  const handle = await page.waitForFunction(([source, arg]) => {
    // eslint-disable-next-line no-new-func
    const ok = new Function('arg', `return (${source})(arg)`)(arg);
    return ok ? performance.now() : false;
  }, [test.toString(), arg], { polling: 'raf', timeout: 60000 });
  return handle.jsonValue();
}

/** The page's time at the next `event` on the document (capture: before the app). */
async function markNext(page, event) {
  await page.evaluate((event) => {
    window.__mark = null;
    document.addEventListener(event, () => { window.__mark = performance.now(); }, { capture: true, once: true });
  }, event);
}

const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cermat-regions-'));
execFileSync('cargo', ['run', '--quiet', '--example', 'generate_regions', '--', dir, String(REGIONS)],
  { cwd: REPO, stdio: ['ignore', 'ignore', 'inherit'] });
const files = (await fs.readdir(dir)).filter((f) => f.endsWith('.json')).sort().map((f) => path.join(dir, f));
if (files.length !== REGIONS) throw new Error(`the generator wrote ${files.length} files, not ${REGIONS}`);
const bytes = (await Promise.all(files.map((f) => fs.stat(f)))).reduce((n, s) => n + s.size, 0);
console.log(`workspace: ${REGIONS} response files, ${(bytes / 1048576).toFixed(1)} MB`);

const server = await startServer({ root: DIST, port: 0, gzip: true });
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
const rows = { import: [], rank: [], compare: [], csv: [], total: [] };
const longest = [];
try {
  for (let run = 0; run <= RUNS; run++) {
    // A fresh browser profile each run (run 0 warms the HTTP cache and is not counted).
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${server.url}?lang=id#/workspace`);
    await page.locator('[data-testid=workspace-table]').waitFor();
    await page.evaluate(() => {
      window.__tasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          window.__tasks.push([Math.round(e.startTime), Math.round(e.duration)]);
        }
      }).observe({ type: 'longtask' });
    });

    // 1. Import: from the files chosen to the list of every one drawn.
    await markNext(page, 'change');
    await page.locator('input[data-testid=workspace-files]').setInputFiles(files);
    const imported = await timeUntil(page, (n) => {
      const h = document.querySelector('#h-workspace-list');
      const status = document.querySelector('[data-testid=tool-status]');
      return h && h.textContent.startsWith(`${n + 1} `) && status && status.textContent.includes(`${n} penilaian diimpor`);
    }, REGIONS);
    const importFrom = await page.evaluate(() => window.__mark);
    const importMs = imported - importFrom;

    // 2. Rank by the SCV index.
    await markNext(page, 'change');
    await page.locator('[data-testid=workspace-sort]').selectOption('scv');
    const ranked = await timeUntil(page, () => document.querySelector('[data-testid=workspace-rank]')?.textContent === '1');
    const rankMs = ranked - await page.evaluate(() => window.__mark);

    // 3. Compare the first twelve of the ranking side by side.
    const boxes = page.locator('[data-testid=workspace-select]');
    for (let i = 0; i < COMPARED; i++) await boxes.nth(i).check();
    await markNext(page, 'click');
    await page.locator('[data-testid=workspace-compare]').click();
    const compared = await timeUntil(page, (n) =>
      document.querySelectorAll('[data-testid=compare-table] thead th[data-column]').length === n, COMPARED);
    const compareMs = compared - await page.evaluate(() => window.__mark);

    // 4. The comparison of all of them as CSV.
    await page.goBack();
    await page.locator('[data-testid=workspace-csv]').waitFor();
    await markNext(page, 'click');
    await page.locator('[data-testid=workspace-csv]').click();
    const made = await timeUntil(page, () => !!document.querySelector('[data-testid=workspace-csv-download]'));
    const csvMs = made - await page.evaluate(() => window.__mark);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid=workspace-csv-download]').click()]);
    const csvLines = (await fs.readFile(await download.path(), 'utf8')).trim().split(/\r?\n/).length;
    if (csvLines !== REGIONS + 2) throw new Error(`the CSV has ${csvLines} lines, not a header and ${REGIONS + 1} rows`);

    await page.waitForTimeout(300);
    // Tasks from the first action on: before it, Chromium itself fills the file input
    // with 552 files (a task of 250-350 ms here, the same with or without the app).
    const long = await page.evaluate((from) => Math.max(0, ...window.__tasks
      .filter(([start]) => start >= from).map(([, duration]) => duration)), importFrom);
    if (process.env.CERMAT_BENCH_DEBUG) console.log(await page.evaluate(() => JSON.stringify({ tasks: window.__tasks })));
    const total = importMs + rankMs + compareMs + csvMs;
    if (run > 0) {
      rows.import.push(importMs); rows.rank.push(rankMs); rows.compare.push(compareMs); rows.csv.push(csvMs);
      rows.total.push(total); longest.push(long);
    }
    const ms = (x) => `${Math.round(x)} ms`;
    console.log(`  run ${run}${run === 0 ? ' (warm-up)' : ''}: import ${ms(importMs)}, rank ${ms(rankMs)}, compare ${ms(compareMs)}, CSV ${ms(csvMs)}; total ${ms(total)}; longest main-thread task ${ms(long)}`);
    await context.close();
  }
} finally {
  await fs.rm(dir, { recursive: true, force: true });
  await browser.close();
  await server.close();
}

const m = Object.fromEntries(Object.entries(rows).map(([k, v]) => [k, Math.round(median(v))]));
const worst = Math.round(Math.max(...longest));
console.log(`\nmedians of ${RUNS}: import ${m.import} ms, rank ${m.rank} ms, compare ${m.compare} ms, CSV of all ${m.csv} ms`);
console.log(`total, median: ${m.total} ms (budget ${BUDGET_MS} ms${CHECK ? `, gated at ${GATE_MS} ms` : ''})`);
console.log(`longest main-thread task, worst run: ${worst} ms (budget ${LONG_TASK_MS} ms)`);
console.log(`BENCH-WORKSPACE ${JSON.stringify({ medians: m, totalsMs: rows.total.map(Math.round), longestTaskMs: worst })}`);
if (CHECK) {
  const problems = [];
  if (!(m.total <= GATE_MS)) problems.push(`the four steps took ${m.total} ms, over the ${GATE_MS} ms gate`);
  if (!(worst <= LONG_TASK_MS)) problems.push(`a main-thread task of ${worst} ms (budget ${LONG_TASK_MS} ms)`);
  if (problems.length) {
    console.log(`FAIL:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
}
