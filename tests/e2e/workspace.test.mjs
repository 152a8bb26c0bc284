// Issue 10: the workspace. Several named assessments in one browser: create, open
// (switch), copy for next year, rename, delete with an undo; two tabs on two
// assessments; many files imported at once (response files, a workspace file, a survey
// CSV with a region column, a bad file named); the workspace saved as a file and read
// back; ranking; the chosen ones compared; a full storage during an import.
import { readFile, mkdtemp, mkdir, writeFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { flow, assert, waitForApp, clickRadio, assertChecked } from './helpers.mjs';

const ROWS = '[data-testid=workspace-row]';

async function openWorkspace(page, base) {
  await page.goto(`${base}?lang=id#/workspace`);
  await waitForApp(page);
  await page.locator('[data-testid=workspace-table]').waitFor();
}

/** The labels of the rows, in the order shown. */
async function labels(page) {
  return page.locator(`${ROWS} [data-testid=workspace-label] bdi`).allInnerTexts();
}

async function waitForRows(page, n) {
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid=workspace-row]').length === n, n);
}

async function setRegion(page, region) {
  const field = page.locator('#f-region');
  await field.fill(region);
  await field.blur();
}

/** Answers S1.1 on the first step, after the profile's region. */
async function startAssessment(page, region, s11) {
  await page.locator('#f-region').waitFor();
  await setRegion(page, region);
  await page.evaluate(() => { location.hash = '#/assess/scv/1'; });
  await clickRadio(page, 'S1.1', String(s11));
  await assertChecked(page, 'S1.1', String(s11));
}

/** Clicks a button of the row labelled `label`; the page may reload (opening one). */
async function rowAction(page, label, action) {
  const row = page.locator(ROWS).filter({ has: page.locator('bdi', { hasText: label }) }).first();
  await row.locator(`[data-testid=workspace-${action}]`).click();
}

flow('named assessments: create, switch, copy for next year, rename, delete and undo', async ({ page, base }) => {
  await page.goto(`${base}?lang=id#/profile`);
  await waitForApp(page);
  await startAssessment(page, 'Kota Prabumulih', 4);
  await openWorkspace(page, base);
  await waitForRows(page, 1);
  assert.deepEqual(await labels(page), ['Kota Prabumulih']);
  assert.equal(await page.locator('[data-testid=workspace-open-now]').count(), 1);
  assert.equal(await page.title(), 'Ruang kerja · Cermat');

  // A new one: the page reloads on an empty assessment, the first stays.
  await page.locator('[data-testid=workspace-new]').click();
  await page.waitForURL(/#\/profile$/);
  await waitForApp(page);
  await startAssessment(page, 'Kabupaten Banyuasin', 2);
  await openWorkspace(page, base);
  await waitForRows(page, 2);
  const open = page.locator(`${ROWS}[data-open=true] bdi`);
  assert.equal(await open.innerText(), 'Kabupaten Banyuasin');

  // Back to the first: its answers are there.
  await rowAction(page, 'Kota Prabumulih', 'open');
  await page.waitForURL(/#\/results$/);
  await waitForApp(page);
  await page.evaluate(() => { location.hash = '#/assess/scv/1'; });
  await assertChecked(page, 'S1.1', '4');

  // Copy it for next year: dated today, named "(salinan)".
  await openWorkspace(page, base);
  await rowAction(page, 'Kota Prabumulih', 'duplicate');
  await waitForRows(page, 3);
  assert.ok((await labels(page)).includes('Kota Prabumulih (salinan)'), String(await labels(page)));
  const status = page.locator('[data-testid=tool-status]');
  assert.match(await status.innerText(), /dibuat/);

  // Rename the copy.
  await rowAction(page, 'Kota Prabumulih (salinan)', 'rename');
  await page.locator('[data-testid=workspace-name]').fill('Kota Prabumulih 2025');
  await page.locator('[data-testid=workspace-save-name]').click();
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid=workspace-label] bdi')].some((b) => b.textContent === 'Kota Prabumulih 2025'));

  // Delete it, then undo; the open one offers no delete.
  assert.equal(await page.locator(`${ROWS}[data-open=true] [data-testid=workspace-delete]`).count(), 0);
  await rowAction(page, 'Kota Prabumulih 2025', 'delete');
  await waitForRows(page, 2);
  assert.match(await page.locator('[data-testid=workspace-deleted]').innerText(), /Kota Prabumulih 2025.*dihapus/);
  await page.locator('[data-testid=workspace-undo]').click();
  await waitForRows(page, 3);
  assert.ok((await labels(page)).includes('Kota Prabumulih 2025'));
  // The copy holds the answers of the one it came from.
  await rowAction(page, 'Kota Prabumulih 2025', 'open');
  await page.waitForURL(/#\/results$/);
  await waitForApp(page);
  await page.evaluate(() => { location.hash = '#/assess/scv/1'; });
  await assertChecked(page, 'S1.1', '4');
});

flow('two tabs on two assessments keep each other\'s answers', async ({ page, base, context }) => {
  await page.goto(`${base}?lang=id#/profile`);
  await waitForApp(page);
  await startAssessment(page, 'Kota Palembang', 3);
  // A second tab starts another assessment; the first keeps working on its own.
  const other = await context.newPage();
  await openWorkspace(other, base);
  await other.locator('[data-testid=workspace-new]').click();
  await other.waitForURL(/#\/profile$/);
  await waitForApp(other);
  await startAssessment(other, 'Kabupaten Ogan Komering Ilir', 5);
  await clickRadio(page, 'S1.2', '2');
  await assertChecked(page, 'S1.2', '2');
  await clickRadio(other, 'S1.2', '1');
  await assertChecked(other, 'S1.2', '1');
  // Each tab, reloaded, is on its own assessment with both of its answers.
  for (const [tab, s11, s12] of [[page, '3', '2'], [other, '5', '1']]) {
    await tab.reload();
    await waitForApp(tab);
    await assertChecked(tab, 'S1.1', s11);
    await assertChecked(tab, 'S1.2', s12);
  }
  await openWorkspace(page, base);
  await waitForRows(page, 2);
  assert.deepEqual((await labels(page)).sort(), ['Kabupaten Ogan Komering Ilir', 'Kota Palembang']);
});

const SCV = ['S1.1', 'S1.2', 'S1.3', 'S2.1', 'S2.2', 'S2.3', 'S3.1', 'S3.2', 'S3.3',
  'C1.1', 'C1.2', 'C1.3', 'C2.1', 'C2.2', 'C2.3', 'C3.1', 'C3.2', 'C3.3',
  'V1.1', 'V1.2', 'V1.3', 'V2.1', 'V2.2', 'V2.3', 'V3.1', 'V3.2', 'V3.3'];

function response(region, date, score) {
  const scv = Object.fromEntries(SCV.map((id) => [id, score]));
  return JSON.stringify({ format: 'cermat-response', version: 1, profile: { region, date }, answers: { scv } });
}

/** A survey CSV with a region column: two regions, two respondents each. */
function regionSurvey() {
  const header = ['Kabupaten/Kota', ...SCV].join(',');
  const row = (region, v) => [region, ...SCV.map(() => v)].join(',');
  return [header, row('Kabupaten Lahat', 2), row('Kabupaten Lahat', 4), row('Kota Lubuklinggau', 5), row(' kota lubuklinggau ', 5)].join('\n');
}

const FILES = [
  ['banyuasin.json', response('Kabupaten Banyuasin', '2024-03-01', 3)],
  ['muara-enim.json', response('Kabupaten Muara Enim', '2024-03-02', 4)],
  ['prabumulih.json', response('Kota Prabumulih', '2024-03-03', 2)],
  ['survei.csv', regionSurvey()],
  ['rusak.json', '{"format": "cermat-response", "version": 1, '],
];

function asFiles(files) {
  return files.map(([name, text]) => ({
    name,
    mimeType: name.endsWith('.csv') ? 'text/csv' : 'application/json',
    buffer: Buffer.from(text),
  }));
}

flow('many files at once, ranked, compared, saved as one file and read back', async ({ page, base, newContext }) => {
  await openWorkspace(page, base);
  await waitForRows(page, 1); // the open one, empty
  await page.locator('input[data-testid=workspace-files]').setInputFiles(asFiles(FILES));
  await waitForRows(page, 6);
  const problems = await page.locator('[data-testid=tool-problems]').innerText();
  assert.match(problems, /5 penilaian diimpor/);
  assert.match(problems, /rusak\.json: /);
  // Five came in: the notice must not open with "nothing was imported".
  assert.equal(await page.locator('[data-testid=nothing-imported]').count(), 0);
  // Labelled by region and date (a survey's groups have no date).
  const all = await labels(page);
  for (const label of ['Kabupaten Banyuasin · 1 Maret 2024', 'Kabupaten Muara Enim · 2 Maret 2024',
    'Kota Prabumulih · 3 Maret 2024', 'Kabupaten Lahat', 'Kota Lubuklinggau']) {
    assert.ok(all.includes(label), `${label} in ${all}`);
  }

  // Ranked by the SCV index: Lubuklinggau (5), Muara Enim (4), Banyuasin and Lahat (3, a
  // shared rank), Prabumulih (2); the empty one unranked, last.
  await page.locator('[data-testid=workspace-sort]').selectOption('scv');
  await page.waitForFunction(() => document.querySelector('[data-testid=workspace-rank]'));
  const ranked = await page.locator(ROWS).evaluateAll((rows) => rows.map((r) => [
    r.querySelector('[data-testid=workspace-rank]').textContent,
    r.querySelector('bdi').textContent,
  ]));
  assert.deepEqual(ranked.slice(0, 2), [['1', 'Kota Lubuklinggau'], ['2', 'Kabupaten Muara Enim · 2 Maret 2024']]);
  assert.deepEqual(ranked.slice(2, 4).map((r) => r[0]), ['3', '3']);
  assert.deepEqual(ranked[4], ['5', 'Kota Prabumulih · 3 Maret 2024']);
  assert.equal(ranked[5][0], '–');

  // The same files again: nothing is added twice.
  await page.locator('input[data-testid=workspace-files]').setInputFiles(asFiles(FILES.slice(0, 3)));
  await page.waitForFunction(() => /sudah ada/.test(document.querySelector('[data-testid=tool-status]')?.textContent || ''));
  await waitForRows(page, 6);

  // Search, then tick two and compare them.
  await page.locator('[data-testid=workspace-search]').fill('kabupaten');
  await waitForRows(page, 3);
  await page.locator('[data-testid=workspace-search]').fill('');
  await waitForRows(page, 6);
  for (const region of ['Kota Prabumulih ·', 'Kabupaten Muara Enim ·']) {
    await page.locator(ROWS).filter({ has: page.locator('bdi', { hasText: region }) })
      .locator('[data-testid=workspace-select]').check();
  }
  await page.locator('[data-testid=workspace-compare]').click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=compare-table] thead th[data-column]').length === 2);

  // Saved as one file, read back in a browser that has nothing.
  await openWorkspace(page, base);
  await page.locator('[data-testid=workspace-export]').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('[data-testid=workspace-download]').click(),
  ]);
  const json = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.equal(json.format, 'cermat-workspace');
  assert.equal(json.assessments.length, 6);
  const fresh = await (await newContext()).newPage();
  await openWorkspace(fresh, base);
  await fresh.locator('input[data-testid=workspace-files]').setInputFiles({
    name: 'ruang-kerja.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(json)),
  });
  // The empty one is already there (the same empty assessment): five come in.
  await waitForRows(fresh, 6);
  assert.deepEqual((await labels(fresh)).sort(), all.sort());
});

flow('a full storage during an import keeps what fits and says what did not', async ({ page, base }) => {
  await openWorkspace(page, base);
  // Fill the storage, leaving room for about two saves.
  await page.evaluate(() => {
    const chunk = 'x'.repeat(256 * 1024);
    let i = 0;
    try { for (;;) localStorage.setItem(`filler.${i++}`, chunk); } catch {}
    const small = 'x'.repeat(1024);
    try { for (;;) localStorage.setItem(`filler.${i++}`, small); } catch {}
    for (let k = 0; k < 8; k++) localStorage.removeItem(`filler.${--i}`);
  });
  const many = Array.from({ length: 10 }, (_, i) => [`r${i}.json`, response(`Kabupaten ${i}`, '2024-01-01', 3)]);
  await page.locator('input[data-testid=workspace-files]').setInputFiles(asFiles(many));
  const problem = page.locator('[data-testid=tool-problems]');
  await problem.waitFor();
  const text = await problem.innerText();
  const [, kept, of] = text.match(/penuh: (\d+) dari (\d+)/) || [];
  assert.equal(of, '10', text);
  const rows = await page.locator(ROWS).count();
  assert.equal(rows, 1 + Number(kept), 'every assessment said to be kept is listed');
});

flow('a folder dropped on the import zone brings in every file in it, subfolders too', async ({ page, base }) => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'cermat-drop-'));
  try {
    await mkdir(path.join(dir, '2024'));
    await writeFile(path.join(dir, 'a.json'), response('Kota Pagar Alam', '2023-05-01', 3));
    await writeFile(path.join(dir, '2024', 'b.json'), response('Kota Pagar Alam', '2024-05-01', 4));
    await writeFile(path.join(dir, 'catatan.md'), 'not an assessment');
    await openWorkspace(page, base);
    const zone = page.locator('[data-testid=workspace-files-drop]');
    await zone.scrollIntoViewIfNeeded();
    const box = await zone.boundingBox();
    // A real drag of a folder from the file manager, through the DevTools protocol.
    const cdp = await page.context().newCDPSession(page);
    const at = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    const data = { items: [], files: [dir], dragOperationsMask: 1 };
    for (const type of ['dragEnter', 'dragOver', 'drop']) await cdp.send('Input.dispatchDragEvent', { type, ...at, data });
    await waitForRows(page, 3);
    assert.match(await page.locator('[data-testid=tool-status]').innerText(), /2 penilaian diimpor/);
    assert.deepEqual((await labels(page)).filter((l) => l.startsWith('Kota Pagar Alam')).sort(),
      ['Kota Pagar Alam · 1 Mei 2023', 'Kota Pagar Alam · 1 Mei 2024']);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

flow('a damaged save in the workspace is listed as such, and opening it offers its recovery', async ({ page, base }) => {
  await openWorkspace(page, base);
  // Another assessment's save, cut short (no closing `end`), with its region readable.
  await page.evaluate(() => localStorage.setItem('cermat.v2.save.k3x9damaged',
    'cermat-save 2\nepoch 1\n5\tprofile:region\tKota Lubuklinggau\n5\tscv:S1.1\t4\n'));
  await page.reload();
  await waitForApp(page);
  await waitForRows(page, 2);
  const row = page.locator(`${ROWS}[data-id=k3x9damaged]`);
  assert.match(await row.innerText(), /Kota Lubuklinggau[\s\S]*rusak sebagian/);
  await row.locator('[data-testid=workspace-open]').click();
  await page.waitForURL(/#\/results$/);
  await waitForApp(page);
  // The app's own recovery: the damaged text is kept aside before anything replaces it.
  await page.locator('[data-testid=recovery-notice]').waitFor();
  const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('cermat.v1.damaged.')).length);
  assert.equal(kept, 1, 'the damaged save is kept aside');
});
