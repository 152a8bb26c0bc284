// Issue 9: surveys as researchers really run them. Exports shaped as the tools write them
// (statements as headers, KoboToolbox names, unrecognised columns), the mapping the user
// checks and fixes, answer labels and decimals, the statistics, the questionnaires to
// hand out and the paper form, all in Chromium.
import { readFile } from 'node:fs/promises';
import { flow, assert, waitForApp, waitForRoute } from './helpers.mjs';

async function openSurvey(page, base, lang = 'id') {
  await page.goto(`${base}?lang=${lang}#/survey`);
  await waitForApp(page);
  await page.locator('[data-testid=import-csv]').waitFor({ state: 'attached' });
}

async function download(page, testid) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-testid=${testid}]`).click()]);
  const bytes = await readFile(await file.path());
  return { name: file.suggestedFilename(), bytes, text: bytes.toString('utf8') };
}

async function importCsv(page, name, text) {
  await page.locator('input[type=file][data-testid=import-csv]')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
  await page.locator('[data-testid=survey-summary]').waitFor();
}

/** The cells of one CSV line (quotes honoured); enough for the template's header. */
function cells(line, sep) {
  const out = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === sep) { out.push(cell); cell = ''; } else cell += c;
  }
  out.push(cell);
  return out;
}

const quote = (cell) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

/** A deterministic answer stream (xorshift32). */
function random(seed) {
  let x = seed;
  return () => {
    x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0;
    return x / 4294967296;
  };
}

const LABELS = ['Sangat tidak setuju', 'Tidak setuju', 'Netral', 'Setuju', 'Sangat setuju'];

flow('a Google Forms export whose headers are the statements maps by text, with the means of a computation here', async ({ page, base }) => {
  await openSurvey(page, base);
  // The statements, as a researcher typed them into a form: the template's headers
  // without their codes.
  const template = await download(page, 'template-csv');
  const header = cells(template.text.replace(/^\uFEFF/, '').split(/\r?\n/)[0], ';');
  const items = header
    .map((h) => h.match(/^([A-Z]{1,2}\d\.\d) (.+)$/))
    .filter(Boolean)
    .map(([, code, statement]) => ({ code, statement }));
  assert.equal(items.length, 75, 'every Likert item is in the template');
  const next = random(2024);
  const rows = [];
  const sums = items.map(() => 0);
  for (let r = 0; r < 100; r++) {
    const answers = items.map((_, i) => 1 + Math.floor(next() * 5));
    answers.forEach((a, i) => { sums[i] += a; });
    rows.push([`2024/03/05 10:${String(r % 60).padStart(2, '0')}:00 AM GMT+7`, ...answers.map((a, i) => (i % 2 ? LABELS[a - 1] : String(a)))]);
  }
  const csv = [['Timestamp', ...items.map((i) => i.statement)], ...rows]
    .map((row) => row.map(quote).join(',')).join('\n') + '\n';
  await importCsv(page, 'google-forms.csv', csv);
  const summary = page.locator('[data-testid=survey-summary]');
  assert.equal(await summary.locator('[data-testid=survey-respondents]').getAttribute('data-value'), '100');
  assert.equal(await summary.locator('[data-testid=survey-recognised]').getAttribute('data-value'), '75');
  const hows = await summary.locator('[data-testid=survey-mapping] tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.dataset.key, tr.dataset.how]));
  assert.deepEqual(hows.slice(1), items.map((i) => [i.code, 'statement']), 'each statement column is read as its item');
  // Mean by mean, against integer arithmetic here: round half up to hundredths.
  const means = await summary.locator('[data-testid=survey-distribution] tr[data-item]')
    .evaluateAll((trs) => Object.fromEntries(trs.map((tr) => [tr.dataset.item, tr.dataset.mean])));
  items.forEach((item, i) => {
    const expected = Math.floor((200 * sums[i] + 100) / 200);
    assert.equal(means[item.code], String(expected), `${item.code}`);
  });
  // In questionnaire order, not alphabetical.
  const order = Object.keys(means);
  assert.deepEqual(order.slice(0, 2), ['S1.1', 'S1.2']);
  assert.equal(order.at(-1), 'AL3.3');
});

flow('KoboToolbox names, an unknown label scored by the user and a decimal answer', async ({ page, base }) => {
  await openSurvey(page, base, 'en');
  const csv = [
    'start;end;group_scv/S1_1;group_scv/S1_2;group_profil/wilayah;_id',
    '1;2;4;kurang setuju;Kota A;1',
    '1;2;3,5;5;Kota A;2',
    '1;2;2;Kurang Setuju;Kota A;3',
  ].join('\r\n');
  await importCsv(page, 'kobo.csv', csv);
  const summary = page.locator('[data-testid=survey-summary]');
  assert.equal(await summary.locator('[data-testid=survey-respondents]').getAttribute('data-value'), '1');
  assert.equal(await summary.locator('[data-testid=survey-decimals]').getAttribute('data-value'), '1');
  assert.match(await summary.locator('[data-testid=survey-decimals]').innerText(), /line 3 column S1\.1: 3,5/);
  const label = summary.locator('[data-testid=survey-labels] tr[data-label]');
  assert.equal(await label.count(), 1, 'one label, however it was capitalised');
  await label.locator('select').selectOption('3');
  await page.waitForFunction(() => document.querySelector('[data-testid=survey-respondents]')?.dataset.value === '3');
  // S1.1: (4 + 3.5 + 2) / 3 = 3.17; S1.2: (3 + 5 + 3) / 3 = 3.67.
  const mean = (id) => summary.locator(`[data-testid=survey-distribution] tr[data-item="${id}"]`).getAttribute('data-mean');
  assert.equal(await mean('S1.1'), '317');
  assert.equal(await mean('S1.2'), '367');
  // The choice stays visible and can be changed.
  assert.equal(await summary.locator('[data-testid=survey-labels] select').inputValue(), '3');
});

flow('a file with no recognised column offers no survey until a column is mapped by hand', async ({ page, base }) => {
  await openSurvey(page, base);
  await importCsv(page, 'q.csv', 'Timestamp,Q1,Q2\n2024,4,ya\n2024,2,tidak\n');
  const summary = page.locator('[data-testid=survey-summary]');
  await summary.locator('[data-testid=survey-unmapped]').waitFor();
  assert.equal(await summary.locator('[data-testid=survey-use]').count(), 0, 'nothing to use');
  assert.equal(await page.locator('[data-testid=survey-statistics]').count(), 0);
  // A code that names nothing is said, and nothing changes.
  const q1 = summary.locator('tr[data-column="1"] input');
  await q1.fill('S9.9');
  await q1.press('Enter');
  await summary.locator('tr[data-column="1"] [role=alert]').waitFor();
  assert.match(await summary.locator('tr[data-column="1"] [role=alert]').innerText(), /S9\.9/);
  await q1.fill('s1_1');
  await q1.press('Enter');
  await summary.locator('[data-testid=survey-use]').waitFor();
  assert.equal(await summary.locator('tr[data-column="1"]').getAttribute('data-how'), 'chosen');
  assert.equal(await summary.locator('[data-testid=survey-respondents]').getAttribute('data-value'), '2');
  const q2 = summary.locator('tr[data-column="2"] input');
  await q2.fill('E1');
  await q2.press('Enter');
  await page.waitForFunction(() => document.querySelector('[data-testid=survey-distribution] tr[data-item="E1"]'));
  await summary.locator('[data-testid=survey-use]').click();
  await waitForRoute(page, /^\/results$/);
});

flow('the statistics of a kajian: descriptives, reliability, profile, tables to download and copy', async ({ page, base }) => {
  await openSurvey(page, base);
  const csv = [
    'Usia;Jenis kelamin;Pendidikan;S1.1;S1.2;S1.3',
    '23;Perempuan;SMA;4;5;4',
    '35;Laki-laki;S1;3;4;3',
    '41;Perempuan;SMA;5;5;4',
    '28;Perempuan;S1;2;3;2',
    '19;Laki-laki;SMA;4;4;5',
  ].join('\n');
  await importCsv(page, 'kajian.csv', csv);
  const stats = page.locator('[data-testid=survey-statistics]');
  await stats.waitFor();
  // S1.1: 4, 3, 5, 2, 4 -> n 5, mean 3.6, sd 1.14, median 4, mode 4.
  const s11 = await stats.locator('[data-testid=stats-items] tr[data-item="S1.1"] td').allTextContents();
  assert.deepEqual(s11.slice(0, 5), ['5', '3,60', '1,14', '4,00', '4,00']);
  const support = stats.locator('[data-testid=stats-reliability] tr[data-element=support]');
  assert.ok(Number(await support.getAttribute('data-alpha')) > 0.8, 'three items that move together');
  const ages = await stats.locator('[data-testid=stats-profile][data-kind=age] tr[data-category]')
    .evaluateAll((trs) => trs.map((tr) => [tr.dataset.category, tr.dataset.count]));
  assert.deepEqual(ages.map(([, n]) => Number(n)).reduce((a, b) => a + b, 0), 5);
  const gender = await stats.locator('[data-testid=stats-profile][data-kind=gender] tr[data-category]')
    .evaluateAll((trs) => trs.map((tr) => [tr.dataset.category, tr.dataset.count]));
  assert.deepEqual(gender, [['Perempuan', '3'], ['Laki-laki', '2']]);
  const table = await download(page, 'csv-table-items');
  assert.equal(table.name, 'statistik-butir.csv');
  assert.match(table.text, /\r\nS1\.1;Dukungan;5;0;0;3,60;1,14;4,00;4,00;/);
  await page.locator('[data-testid=copy-table-items]').click();
  await page.locator('.table-tools [role=status]').first().waitFor();
});

flow('questionnaires to hand out: the Google Form script, the XLSForm, the sample size, the paper form', async ({ page, base }) => {
  await openSurvey(page, base);
  assert.equal(await page.title(), 'Survei responden · Cermat');
  const gas = await download(page, 'download-gas');
  assert.equal(gas.name, 'cermat-google-form.gs');
  assert.match(gas.text, /FormApp\.create/);
  assert.match(gas.text, /\["S1\.1", "Pemda kami memiliki visi/);
  assert.match(gas.text, /\["K5", /);
  const xlsx = await download(page, 'download-xlsform');
  assert.equal(xlsx.name, 'cermat-xlsform.xlsx');
  assert.equal(xlsx.bytes.subarray(0, 2).toString('latin1'), 'PK', 'a zip workbook');
  // Slovin: the Palembang study's population at 10 % gives 100; 5 % gives 400.
  await page.locator('[data-testid=slovin-population]').fill('1143754');
  assert.equal(await page.locator('[data-testid=slovin-result] strong').getAttribute('data-value'), '100');
  await page.locator('[data-testid=slovin-margin]').selectOption('5');
  assert.equal(await page.locator('[data-testid=slovin-result] strong').getAttribute('data-value'), '400');
  await page.locator('[data-testid=slovin-population]').fill('satu juta');
  assert.equal(await page.locator('[data-testid=slovin-result] strong').count(), 0);
  assert.match(await page.locator('[data-testid=slovin-result]').innerText(), /bilangan bulat/);

  await page.locator('[data-testid=open-paper]').click();
  await waitForRoute(page, /^\/survey\/paper$/);
  await page.locator('[data-testid=paper-entry]').waitFor();
  const codes = await page.locator('.paper-statement strong').allTextContents();
  assert.equal(codes.length, 87, 'every item and criterion once');
  assert.equal(new Set(codes).size, 87);
  assert.ok(await page.locator('[data-testid=paper-print]').isVisible());
});

flow('a survey result link shows n, and its report how each item was answered', async ({ page, base }) => {
  await openSurvey(page, base);
  const csv = 'Wilayah;S1.1;S1.2;E1\nKota Prabumulih;4;5;ya\nKota Prabumulih;3;N/A;tidak\nKota Prabumulih;4;3,5;ya\n';
  await importCsv(page, 's.csv', csv);
  const link = await page.locator('[data-testid=survey-view]').getAttribute('href');
  assert.match(link, /^#\/r\/3/, 'a v3 link, with the survey');
  await page.locator('[data-testid=survey-view]').click();
  await waitForRoute(page, /^\/r\//);
  await waitForApp(page);
  assert.equal(await page.locator('[data-testid=shared-respondents]').getAttribute('data-value'), '3');
  await page.locator('[data-testid=shared-report]').click();
  const sheet = page.locator('[data-testid=survey-sheet]');
  await sheet.waitFor();
  assert.equal(await sheet.getAttribute('data-respondents'), '3');
  // S1.1: 4, 3, 4 -> n 3, mean 3.67; S1.2: 5, N/A, 3.5 -> n 2, a decimal, mean 4.25.
  const s11 = await sheet.locator('tr[data-item="S1.1"] td').allTextContents();
  assert.deepEqual(s11.slice(0, 7), ['3', '3,67', '0', '0', '1', '2', '0']);
  const s12 = await sheet.locator('tr[data-item="S1.2"] td').allTextContents();
  assert.deepEqual(s12.slice(0, 10), ['2', '4,25', '0', '0', '0', '0', '1', '1', '1', '0']);
  const e1 = await sheet.locator('tr[data-item="E1"] td').allTextContents();
  assert.deepEqual(e1, ['2', '0', '1', '0']);
});
