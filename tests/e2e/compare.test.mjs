// Issue 10: assessments side by side. Response files added several at once, the table
// with the highest and lowest of each row, the overlaid radar and stage ladders, the
// indicators that differ most, the comparison link opened in a fresh context, the CSV,
// a phone's width.
import { AxeBuilder } from '@axe-core/playwright';
import { flow, assert, waitForApp } from './helpers.mjs';

const SCV = ['S1.1', 'S1.2', 'S1.3', 'S2.1', 'S2.2', 'S2.3', 'S3.1', 'S3.2', 'S3.3',
  'C1.1', 'C1.2', 'C1.3', 'C2.1', 'C2.2', 'C2.3', 'C3.1', 'C3.2', 'C3.3',
  'V1.1', 'V1.2', 'V1.3', 'V2.1', 'V2.2', 'V2.3', 'V3.1', 'V3.2', 'V3.3'];

/** A response file where every SCV item is `score`, S1.* `s1`, and the stage criteria given. */
function response(region, date, score, s1, stage) {
  const scv = Object.fromEntries(SCV.map((id) => [id, id.startsWith('S1.') ? s1 : score]));
  return JSON.stringify({
    format: 'cermat-response',
    version: 1,
    profile: { region, region_type: 'regency', date },
    answers: { scv, stage },
  });
}

const FILES = [
  ['banyuasin.json', response('Kabupaten Banyuasin', '2024-03-01', 3, 2, { E1: 'yes', N1: 'yes', N2: 'yes' })],
  ['muara-enim.json', response('Kabupaten Muara Enim', '2024-03-02', 4, 5, { E1: 'yes' })],
  ['prabumulih.json', response('Kota Prabumulih', '2024-03-03', 2, 4, { E1: 'no' })],
];

async function addFiles(page, files) {
  await page.locator('input[data-testid=compare-files]').setInputFiles(
    files.map(([name, text]) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) })));
}

flow('three response files side by side: table, marks, radar, ladders, differences, link, CSV', async ({ page, base, browser }) => {
  await page.goto(`${base}?lang=id#/compare`);
  await waitForApp(page);
  await page.locator('[data-testid=compare-need-two]').waitFor();
  await addFiles(page, FILES);
  const table = page.locator('[data-testid=compare-table]');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=compare-table] thead th[data-column]').length === 3);
  const heads = await table.locator('thead th[data-column] bdi').allTextContents();
  assert.deepEqual(heads.map((h) => h.split(' · ')[0]).sort(), ['Kabupaten Banyuasin', 'Kabupaten Muara Enim', 'Kota Prabumulih']);
  // The Support / Capacity / Value index: Muara Enim highest, Prabumulih lowest.
  const index = table.locator('tr.row-index[data-row=scv] td');
  const marks = await index.evaluateAll((tds) => tds.map((td) => td.dataset.mark || ''));
  const names = heads.map((h) => h.split(' · ')[0]);
  assert.equal(names[marks.indexOf('best')], 'Kabupaten Muara Enim');
  assert.equal(names[marks.indexOf('weakest')], 'Kota Prabumulih');
  assert.match(await index.nth(marks.indexOf('best')).innerText(), /tertinggi/);
  // S1 differs most: 2, 5 and 4.
  const differences = await page.locator('[data-testid=compare-differences] li').allInnerTexts();
  assert.match(differences[0], /dari 2,00 .*Banyuasin.* sampai 5,00 .*Muara Enim/);
  assert.equal(await page.locator('[data-testid=compare-ladder]').count(), 3);
  assert.equal(await page.locator('.compare-radar').count(), 2);
  assert.equal(await page.locator('[data-testid=compare-legend] li').count(), 3);
  assert.equal(await page.title(), 'Bandingkan penilaian · Cermat');
  const { violations } = await new AxeBuilder({ page }).analyze();
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(bad.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`), [], 'axe');

  // The CSV: one row per assessment, in the page's order.
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid=compare-csv]').click()]);
  const { readFile } = await import('node:fs/promises');
  const csv = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '').trim().split(/\r?\n/);
  assert.equal(csv.length, 4, csv.join('\n'));

  // The link opens the same comparison in a fresh context.
  const link = await page.locator('[data-testid=compare-link]').inputValue();
  assert.match(link, /#\/compare\/[0-9A-Za-z_-]+\.[0-9A-Za-z_-]+\.[0-9A-Za-z_-]+$/);
  const other = await browser.newContext();
  try {
    const fresh = await other.newPage();
    await fresh.goto(link);
    await fresh.locator('[data-testid=compare-table] thead th[data-column]').nth(2).waitFor();
    // The same figures and marks (in the browser's language: numbers as such).
    const figures = (cells) => cells.evaluateAll((tds) => tds.map((td) => [td.firstChild.textContent.replace(',', '.'), td.dataset.mark || '']));
    const again = await figures(fresh.locator('[data-testid=compare-table] tr.row-index[data-row=scv] td'));
    assert.deepEqual(again, await figures(index));
  } finally {
    await other.close();
  }

  // One taken out: two left, still compared.
  await page.locator('[data-testid=compare-remove]').first().click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=compare-table] thead th[data-column]').length === 2);
});

flow('a damaged assessment in a comparison link is named, the others are compared', async ({ page, base }) => {
  await page.goto(`${base}?lang=en#/compare`);
  await waitForApp(page);
  await addFiles(page, FILES.slice(0, 2));
  await page.locator('[data-testid=compare-link]').waitFor();
  const link = await page.locator('[data-testid=compare-link]').inputValue();
  await page.goto(`${link}.1AAAA`);
  await page.locator('[data-testid=compare-unreadable]').waitFor();
  assert.equal(await page.locator('[data-testid=compare-table] thead th[data-column]').count(), 2);
});

flow('phone width 360 px: the comparison scrolls inside its table, not the page', async ({ page, base }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`${base}?lang=id#/compare`);
  await waitForApp(page);
  await addFiles(page, FILES);
  await page.locator('[data-testid=compare-link]').waitFor();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 360, `scrollWidth ${width}`);
});

flow('the same region over three years: progress, most improved, concerns, stage moves; and a roll-up', async ({ page, base }) => {
  await page.goto(`${base}?lang=id#/compare`);
  await waitForApp(page);
  const years = [
    ['2022.json', response('Kabupaten Banyuasin', '2022-03-01', 2, 2, { E1: 'no' })],
    ['2023.json', response('Kabupaten Banyuasin', '2023-03-01', 3, 2, { E1: 'yes' })],
    ['2024.json', response('Kabupaten Banyuasin', '2024-03-01', 3, 4, { E1: 'yes', N1: 'yes', N2: 'yes' })],
  ];
  // Added out of order: the time line sorts them.
  await addFiles(page, [years[2], years[0], years[1]]);
  const progress = page.locator('[data-testid=compare-progress]');
  await progress.waitFor();
  // S1 (visi) rose from 2 to 4: the most improved.
  const improved = await progress.locator('[data-testid=compare-improved] li').allInnerTexts();
  assert.match(improved[0], /2,00 → 4,00 \(\+2,00\)/);
  const moves = await progress.locator('[data-testid=compare-stage-moves] li').allInnerTexts();
  assert.deepEqual(moves, ['2022-03-01 → 2023-03-01: tahap 0 → 1', '2023-03-01 → 2024-03-01: tahap 1 → 2']);
  assert.equal(await progress.locator('[data-testid=compare-trend-chart] polyline').count(), 2);
  // The roll-up: S1.1 is (2 + 2 + 4) / 3 = 2.67 over three units.
  const rollup = page.locator('[data-testid=compare-rollup]');
  await rollup.locator('summary').click();
  const s11 = await rollup.locator('tr[data-item="S1.1"] td').allTextContents();
  assert.deepEqual(s11, ['3', '2,67', '2,00', '4,00']);
  // Kept in the workspace beside the open assessment, exactly (2.67 is 8/3 there).
  await rollup.locator('[data-testid=rollup-keep]').click();
  assert.match(await rollup.locator('[data-testid=tool-status]').innerText(), /Ditambahkan ke ruang kerja sebagai "Gabungan 3 penilaian/);
  const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('cermat.v2.save.')).map((k) => localStorage.getItem(k)));
  assert.equal(kept.length, 1);
  assert.match(kept[0], /\tscv:S1\.1\tx/, 'a mean is kept at full precision');
  await rollup.locator('[data-testid=rollup-view]').click();
  await page.locator('[data-testid=shared-banner]').waitFor();
});
