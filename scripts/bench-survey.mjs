// The survey benchmark (issue 9 item 5): a 10,000-respondent x 87-item export, with the
// profile columns a kajian has, imported on #/survey in headless Chromium (unthrottled:
// a researcher's laptop), timed from the file being chosen to the statistics drawn (the
// items' table, reliability and profile visible), and the main thread watched for long
// tasks meanwhile (Long Tasks API). The aggregation and statistics run in the tools
// worker; the page only draws what it sends.
//
//   node scripts/bench-survey.mjs            # prints the table (median of --runs, default 5)
//   node scripts/bench-survey.mjs --check    # and exits 1 when over budget
//
// Budgets: 1,000 ms from file to statistics (the issue's), and no main-thread task over
// 200 ms. On a noisy shared CI machine (scripts/test.sh) the time is gated at
// CERMAT_SURVEY_GATE_MS (default 2,500 ms, a wide margin over the 1 s measured here) on
// the median; the long-task budget is enforced as is. The strict figures are reported.

import path from 'node:path';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';
import { commandLine, median } from './bench-common.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '..');
const { check: CHECK, arg } = commandLine();
const RUNS = Math.max(1, Number(arg('--runs', process.env.CERMAT_SURVEY_RUNS ?? 5)));
const RESPONDENTS = Number(arg('--respondents', 10000));
const DIST = path.resolve(arg('--dist', process.env.CERMAT_DIST ?? path.join(REPO, 'dist')));
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const BUDGET_MS = 1000;
const GATE_MS = Number(process.env.CERMAT_SURVEY_GATE_MS ?? 2500);
const LONG_TASK_MS = 200;

/** The 87 ids in questionnaire order, from the template the app itself offers. */
async function itemIds(page) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('[data-testid=template-csv]').click(),
  ]);
  const text = await fs.readFile(await download.path(), 'utf8');
  const header = text.replace(/^\uFEFF/, '').split(/\r?\n/)[0];
  return [...header.matchAll(/(?:^|;)"?([A-Z]{1,2}\d(?:\.\d)?) /g)].map((m) => m[1]);
}

/** A deterministic export: profile columns, then 1-5 per item (a few blanks and N/As). */
function survey(ids, respondents) {
  let x = 2463534242;
  const next = () => { x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0; return x; };
  const stage = ['ya', 'sebagian', 'tidak'];
  const header = ['Timestamp', 'Usia', 'Jenis kelamin', 'Pendidikan', 'Pekerjaan', 'Kecamatan', ...ids];
  const rows = [header.join(';')];
  for (let r = 0; r < respondents; r++) {
    const cells = [`2024-05-0${1 + (r % 9)} 10:00`, 18 + (next() % 50), ['Perempuan', 'Laki-laki'][next() % 2],
      ['SMA', 'S1', 'S2', 'D3'][next() % 4], ['PNS', 'Wiraswasta', 'Karyawan swasta', 'Mahasiswa'][next() % 4],
      `Kecamatan ${1 + (next() % 18)}`];
    for (const id of ids) {
      const k = next() % 40;
      if (/^[A-Z]\d+$/.test(id) && !/\./.test(id)) cells.push(stage[k % 3]);
      else cells.push(k === 0 ? '' : k === 1 ? 'N/A' : String(1 + (k % 5)));
    }
    rows.push(cells.join(';'));
  }
  return rows.join('\r\n') + '\r\n';
}

const server = await startServer({ root: DIST, port: 0, gzip: true });
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
const file = path.join(os.tmpdir(), `cermat-survey-${process.pid}.csv`);
const times = [];
const longest = [];
try {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(`${server.url}?lang=id#/survey`);
  await page.locator('[data-testid=template-csv]').waitFor();
  const ids = await itemIds(page);
  if (ids.length !== 87) throw new Error(`expected 87 items in the template, found ${ids.length}`);
  const text = survey(ids, RESPONDENTS);
  await fs.writeFile(file, text);
  console.log(`survey: ${RESPONDENTS.toLocaleString('en')} respondents x ${ids.length} items, ${(text.length / 1048576).toFixed(1)} MB`);
  for (let run = 0; run <= RUNS; run++) {
    // A fresh page each run (run 0 warms the browser's caches and is not counted).
    await page.goto(`${server.url}?lang=id#/survey`);
    await page.reload();
    await page.locator('[data-testid=download-xlsform]').waitFor();
    await page.evaluate(() => {
      window.__longest = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
      }).observe({ type: 'longtask' });
    });
    const started = Date.now();
    await page.locator('input[type=file][data-testid=import-csv]').setInputFiles(file);
    await page.locator('[data-testid=stats-items] tr[data-item="AL3.3"]').waitFor({ timeout: 60000 });
    await page.locator('[data-testid=stats-profile]').first().waitFor();
    const elapsed = Date.now() - started;
    const respondents = await page.locator('[data-testid=survey-respondents]').getAttribute('data-value');
    if (respondents !== String(RESPONDENTS)) throw new Error(`counted ${respondents} respondents`);
    await page.waitForTimeout(300);
    const long = await page.evaluate(() => window.__longest);
    if (run > 0) { times.push(elapsed); longest.push(long); }
    console.log(`  run ${run}${run === 0 ? ' (warm-up)' : ''}: ${elapsed} ms to the statistics, longest main-thread task ${Math.round(long)} ms`);
  }
} finally {
  await fs.rm(file, { force: true });
  await browser.close();
  await server.close();
}

const t = median(times);
const worst = Math.max(...longest);
console.log(`\nfile to statistics, median of ${RUNS}: ${t} ms (budget ${BUDGET_MS} ms${CHECK ? `, gated at ${GATE_MS} ms` : ''})`);
console.log(`longest main-thread task, worst run: ${Math.round(worst)} ms (budget ${LONG_TASK_MS} ms)`);
console.log(`BENCH-SURVEY ${JSON.stringify({ medianMs: t, runsMs: times, longestTaskMs: Math.round(worst) })}`);
if (CHECK) {
  const problems = [];
  if (!(t <= GATE_MS)) problems.push(`file to statistics ${t} ms over the ${GATE_MS} ms gate`);
  if (!(worst <= LONG_TASK_MS)) problems.push(`a main-thread task of ${Math.round(worst)} ms (budget ${LONG_TASK_MS} ms)`);
  if (problems.length) {
    console.log(`FAIL:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
}
