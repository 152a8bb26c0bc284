// Files (issue 4, items 3 and 4): the response file (JSON) downloaded, imported by the
// file picker and by drag-and-drop, refused with every problem listed; and a survey CSV
// as real exports look (BOM, semicolons, labels, a Timestamp column, statement text in a
// header, a bad row) aggregated into one result.
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  flow, assert, sel, waitForApp, waitForRoute, currentRoute, readLikertResult, itemsOnPage,
  storageSnapshot,
} from './helpers.mjs';
import { SAVE_KEY } from './share-fixtures.mjs';

async function openShare(page, base, lang = 'id') {
  await page.goto(`${base}?lang=${lang}#/share`);
  await waitForApp(page);
  await page.locator('[data-testid=import-json]').waitFor({ state: 'attached' });
}

async function openSurvey(page, base, lang = 'id') {
  await page.goto(`${base}?lang=${lang}#/survey`);
  await waitForApp(page);
  await page.locator('[data-testid=import-csv]').waitFor({ state: 'attached' });
}

async function download(page, testid) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-testid=${testid}]`).click()]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

/**
 * Drops a file on an element as a drag from the desktop does: real drag events through
 * the DevTools protocol (a script's synthetic drop would not carry a file).
 */
async function dropFile(page, selector, name, text) {
  const dir = await mkdtemp(path.join(tmpdir(), 'cermat-drop-'));
  const file = path.join(dir, name);
  await writeFile(file, text);
  await page.locator(selector).scrollIntoViewIfNeeded();
  const box = await page.locator(selector).boundingBox();
  const cdp = await page.context().newCDPSession(page);
  const at = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const data = { items: [], files: [file], dragOperationsMask: 1 };
  for (const type of ['dragEnter', 'dragOver', 'drop']) await cdp.send('Input.dispatchDragEvent', { type, ...at, data });
  await cdp.detach();
}

flow('JSON: template and export download, import by picker and by drop, problems listed', async ({ page, base }) => {
  await openShare(page, base);
  const template = await download(page, 'template-json');
  assert.equal(template.name, 'cermat-template.json');
  const blank = JSON.parse(template.text);
  assert.equal(blank.format, 'cermat-response');
  assert.equal(blank.answers.scv['S1.1'], null);

  // Fill the template as a script would: every Support/Capacity/Value item 4.
  const filled = structuredClone(blank);
  filled.profile.region = 'Kota Palembang';
  filled.profile.date = '2024-05-17';
  for (const id of Object.keys(filled.answers.scv)) filled.answers.scv[id] = 4;
  await page.locator('[data-testid=import-json]').setInputFiles({
    name: 'palembang.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(filled)),
  });
  // Nothing was saved yet: no question, straight to the results.
  await waitForRoute(page, /^\/results$/);
  await waitForApp(page);
  const scv = await readLikertResult(page, 'scv');
  assert.equal(scv.indexValue, '4.00');
  assert.match(await page.locator('[data-testid=results-for]').innerText(), /Kota Palembang/);
  assert.match(await page.locator('[data-testid=results-for]').innerText(), /17 Mei 2024/, 'dates as people write them');

  // Export gives the same answers back, named after the region and the date.
  await openShare(page, base);
  const exported = await download(page, 'export-json');
  assert.equal(exported.name, 'cermat-kota-palembang-2024-05-17.json');
  const back = JSON.parse(exported.text);
  assert.equal(back.profile.region, 'Kota Palembang');
  assert.equal(back.answers.scv['C2.3'], 4);
  assert.equal(back.answers.ereadiness['ST1.1'], null);
  const report = await download(page, 'export-report');
  assert.equal(report.name, 'cermat-laporan-kota-palembang-2024-05-17.json');
  const figures = JSON.parse(report.text);
  assert.equal(figures.format, 'cermat-report');
  assert.equal(figures.scv.index, 4);

  // A second import would replace that work: the user is asked, and may decline.
  const own = (await storageSnapshot(page))[SAVE_KEY];
  const other = structuredClone(filled);
  for (const id of Object.keys(other.answers.scv)) other.answers.scv[id] = 2;
  // Asked in the page, beside the import (never window.confirm, which a browser may block
  // in an embedded frame): any dialog fails the flow.
  page.on('dialog', (d) => { d.dismiss(); throw new Error(`a browser dialog was opened: ${d.message()}`); });
  await dropFile(page, '[data-testid=import-json-drop]', 'other.json', JSON.stringify(other));
  const question = page.locator('[data-testid=replace-confirm]');
  await question.waitFor();
  assert.match(await question.innerText(), /Ganti isian Anda/);
  await page.locator('[data-testid=replace-no]').click();
  await question.waitFor({ state: 'detached' });
  assert.equal(await currentRoute(page), '/share');
  assert.equal((await storageSnapshot(page))[SAVE_KEY], own, 'declined: nothing replaced');
  // Accepted, by drop this time.
  await dropFile(page, '[data-testid=import-json-drop]', 'other.json', JSON.stringify(other));
  await page.locator('[data-testid=replace-yes]').click();
  await waitForRoute(page, /^\/results$/);
  await waitForApp(page);
  assert.equal((await readLikertResult(page, 'scv')).indexValue, '2.00');

  // A bad file: every problem, with its path, in the user's language; nothing changes.
  await openShare(page, base, 'en');
  const bad = '{"format":"cermat-response","version":1,"answers":{"scv":{"S1.1":7,"X9":1}},"targets":{"scv":3.5}}';
  await page.locator('[data-testid=import-json]').setInputFiles({
    name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(bad),
  });
  const problems = page.locator('[data-testid=tool-problems] li');
  await problems.first().waitFor();
  const lines = await problems.allInnerTexts();
  assert.equal(lines.length, 3, lines.join('\n'));
  assert.ok(lines.some((l) => l.includes('answers.scv.S1.1')), lines.join('\n'));
  assert.ok(lines.some((l) => l.includes('answers.scv.X9')), lines.join('\n'));
  assert.ok(lines.some((l) => l.includes('targets.scv')), lines.join('\n'));
  assert.equal(await currentRoute(page), '/share');
  // Not JSON at all.
  await page.locator('[data-testid=import-json]').setInputFiles({
    name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('Catatan rapat, bukan JSON'),
  });
  await page.waitForFunction(() => {
    const li = [...document.querySelectorAll('[data-testid=tool-problems] li')];
    return li.length === 1;
  });
});

const CSV = [
  '\uFEFFTimestamp;S1.1 Pemerintah daerah memiliki visi;S1.2;E1;Nama daerah',
  '2024-05-01 08:00;Setuju;5;Ya;Kota Lubuklinggau',
  '2024-05-01 09:00;2;Sangat setuju;Tidak;Kota Lubuklinggau',
  '2024-05-01 10:00;9;3;Ya;Kota Lubuklinggau',
  '2024-05-01 11:00;Tidak setuju;4;Sebagian;Kota Lubuklinggau',
  '',
].join('\r\n');

flow('CSV survey: BOM, semicolons, labels, a Timestamp column and a bad row', async ({ page, base }) => {
  await openSurvey(page, base);
  const template = await download(page, 'template-csv');
  assert.equal(template.name, 'cermat-survei-template.csv');
  assert.match(template.text, /S1\.1/);

  // Dropped on its zone, as from a file manager.
  await dropFile(page, '[data-testid=import-csv-drop]', 'survei.csv', CSV);
  const summary = page.locator('[data-testid=survey-summary]');
  await summary.waitFor();
  assert.equal(await summary.locator('[data-testid=survey-respondents]').getAttribute('data-value'), '3');
  const problems = await summary.locator('[data-testid=survey-problems] li').allInnerTexts();
  assert.equal(problems.length, 1, problems.join('\n'));
  assert.match(problems[0], /Baris 4/, 'the bad row is named by its line');
  assert.match(problems[0], /"9"/);
  // The mapping says how each column was read: Timestamp not at all, S1.1 by its code.
  const mapping = summary.locator('[data-testid=survey-mapping]');
  assert.equal(await mapping.locator('tr[data-column="0"]').getAttribute('data-how'), 'unknown');
  assert.equal(await mapping.locator('tr[data-column="1"]').getAttribute('data-key'), 'S1.1');
  assert.equal(await mapping.locator('tr[data-column="4"]').getAttribute('data-key'), 'profile:region');
  // Each item's answers: S1.1 was answered 2, 2 and 4 (n 3, mean 2.67), in
  // questionnaire order.
  const row = await summary.locator('[data-testid=survey-distribution] tr[data-item="S1.1"] td').allTextContents();
  assert.deepEqual(row.slice(0, 7), ['3', '2,67', '0', '2', '0', '1', '0']);

  // Seen as a result first, then used as the user's own.
  await summary.locator('[data-testid=survey-view]').click();
  await waitForRoute(page, /^\/r\//);
  await waitForApp(page);
  await page.locator('[data-testid=shared-banner]').waitFor();
  assert.match(await page.locator('[data-testid=results-for]').innerText(), /Kota Lubuklinggau/);
  const viewed = await readLikertResult(page, 'scv');
  await page.goBack();
  await waitForRoute(page, /^\/survey$/);
  await page.locator('[data-testid=survey-use]').click();
  await waitForRoute(page, /^\/results$/);
  await waitForApp(page);
  assert.equal((await readLikertResult(page, 'scv')).indexValue, viewed.indexValue);

  // A mean no radio can show is said in words, with no radio checked.
  await page.goto(`${base}?lang=id#/assess/scv/1`);
  await waitForApp(page);
  const s11 = (await itemsOnPage(page)).find((i) => i.id === 'S1.1');
  assert.equal(s11.checked, null, 'no radio for 2.67');
  assert.match(await page.locator(`${sel.item('S1.1')} .q-note`).innerText(), /2,67/);
  const s12 = (await itemsOnPage(page)).find((i) => i.id === 'S1.2');
  assert.match(await page.locator(`${sel.item('S1.2')} .q-note`).innerText(), /4,67/);
  assert.equal(s12.checked, null);
});
