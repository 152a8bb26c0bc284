// The website inventory at its limit (300 sites) on a slow phone (4x CPU): the longest
// main-thread task when 300 pasted rows are added, when a name is typed in one of them,
// when a box is ticked, when the next page is shown and when a row is removed. Budget:
// no task over 200 ms (the project's rule for any input within the limits).
//
//   node scripts/bench-websites.mjs            # dist/, median of 3 runs
//   node scripts/bench-websites.mjs --check    # exit 1 when a median is over budget
//
// Not yet in scripts/test.sh: adding the 300 rows is over budget (see the README).
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';
import { median } from './bench-common.mjs';

const BUDGET_MS = 200;
const RUNS = 3;
const CHECK = process.argv.includes('--check');

const rows = Array.from({ length: 300 }, (_, i) =>
  `Dinas Nomor ${i} dengan nama yang cukup panjang\tsitus${i}.kabupaten.go.id\t${i % 2 ? 'Aktif' : 'Tidak aktif'}\tYa`).join('\n');

async function once(browser, base) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}?lang=id#/evidence/E1`);
  const box = page.locator('[data-testid=websites-paste]');
  await box.waitFor();
  // Put in as a paste is (one input event; `fill` types line by line).
  await box.evaluate((area, text) => { area.value = text; }, rows);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.evaluate(() => {
    window.__long = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push(e.duration); })
      .observe({ type: 'longtask' });
  });
  const longest = async () => {
    await page.waitForTimeout(400);
    return Math.round(Math.max(0, ...(await page.evaluate(() => window.__long.splice(0)))));
  };
  const result = {};
  await page.locator('[data-testid=websites-paste-add]').click();
  await page.waitForFunction(() => /dari 300/.test(document.querySelector('[data-testid=websites-range]')?.textContent || ''), null, { timeout: 60000 });
  result.add = await longest();
  await page.locator('[data-testid=website-name]').nth(20).click();
  await page.keyboard.type('abc', { delay: 60 });
  result.type = await longest();
  await page.locator('[data-testid=website-active]').nth(10).check();
  result.tick = await longest();
  await page.locator('[data-testid=websites-next]').click();
  result.page = await longest();
  await page.locator('[data-testid=website-remove]').first().click();
  result.remove = await longest();
  await context.close();
  return result;
}

const server = await startServer({ root: 'dist', port: 0, gzip: true });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox'] });
const runs = [];
try {
  for (let i = 0; i < RUNS; i++) runs.push(await once(browser, server.url));
} finally {
  await browser.close();
  await server.close?.();
}
let over = false;
for (const what of ['add', 'type', 'tick', 'page', 'remove']) {
  const values = runs.map((r) => r[what]);
  const m = median(values);
  over ||= m > BUDGET_MS;
  console.log(`${what.padEnd(7)} longest task median ${m} ms (runs ${values.join(', ')}), budget ${BUDGET_MS} ms: ${m > BUDGET_MS ? 'OVER' : 'ok'}`);
}
console.log(`BENCH-WEBSITES ${JSON.stringify(runs)}`);
process.exit(CHECK && over ? 1 : 0);
