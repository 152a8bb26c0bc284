// No answer is ever lost (issue 7): tabs agree item by item, storage faults are named
// truly and lose nothing, and an imported file scores what the CLI scores.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { flow, assert, sel, waitForApp, clickRadio, checkedOnPage, readLikertResult, REPO } from './helpers.mjs';
import { SAVE_KEY } from './share-fixtures.mjs';

const answered = (page) => page.locator(sel.progress).first().getAttribute('data-answered').then(Number);
// Within a second: another tab's write arrives as a `storage` event at once.
const waitAnswered = (page, n) => page.waitForFunction(
  (want) => Number(document.querySelector('[data-testid=progress]')?.getAttribute('data-answered')) === want,
  n, { timeout: 1000 },
);

flow('two tabs answer different items: each sees the other within a second, and a reload keeps all', async ({ page, base, context }) => {
  const other = await context.newPage();
  await page.goto(`${base}#/assess/scv/1`);
  await other.goto(`${base}#/assess/scv/2`);
  await waitForApp(page);
  await waitForApp(other);
  await clickRadio(page, 'S1.1', '4');
  await clickRadio(page, 'S1.2', '2');
  await clickRadio(other, 'C1.1', '5');
  await clickRadio(other, 'C1.2', '3');
  // Each tab shows all four within a second, without a reload.
  await waitAnswered(page, 4);
  await waitAnswered(other, 4);
  await page.reload();
  await other.reload();
  await waitForApp(page);
  await waitForApp(other);
  assert.deepEqual(await checkedOnPage(page), { 'S1.1': '4', 'S1.2': '2' });
  assert.deepEqual(await checkedOnPage(other), { 'C1.1': '5', 'C1.2': '3' });
  assert.equal(await answered(page), 4);
});

flow('a results tab left open never undoes answers made in another tab', async ({ page, base, context }) => {
  const results = await context.newPage();
  await results.goto(`${base}#/results`);
  await waitForApp(results);
  await page.goto(`${base}#/assess/scv/1`);
  await waitForApp(page);
  const items = ['S1.1', 'S1.2', 'S1.3', 'S2.1', 'S2.2', 'S2.3', 'S3.1', 'S3.2'];
  for (const id of items) await clickRadio(page, id, '4');
  // The old tab changes its target: a write of its own, merged, not a whole overwrite.
  await results.locator('[data-testid=result-scv] select[data-testid=target]').selectOption('5');
  await page.waitForTimeout(300);
  await page.reload();
  await waitForApp(page);
  const checked = await checkedOnPage(page);
  assert.deepEqual(Object.keys(checked).sort(), [...items].sort(), JSON.stringify(checked));
  const saved = await page.evaluate((k) => localStorage.getItem(k), SAVE_KEY);
  assert.match(saved, /\ttarget:scv\t5\n/, 'the target change is kept too');
});

flow('a full storage is told as full, and the work is offered as a file', async ({ page, base }) => {
  await page.goto(`${base}#/assess/scv/1`);
  await waitForApp(page);
  await clickRadio(page, 'S1.1', '4');
  await page.evaluate(() => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k, v) {
      if (k.startsWith('cermat.')) throw new DOMException('full', 'QuotaExceededError');
      return original.call(this, k, v);
    };
  });
  await clickRadio(page, 'S1.2', '5');
  const notice = page.locator('[data-testid=storage-full]');
  await notice.waitFor();
  assert.match(await notice.innerText(), /penuh/);
  assert.equal(await page.locator(sel.storageWarning).count(), 0, 'not "storage not allowed"');
  const href = await notice.locator('[data-testid=download-work]').getAttribute('href');
  const file = decodeURIComponent(href.split(',')[1]);
  assert.match(file, /^cermat-save 2\n/);
  assert.match(file, /\tscv:S1\.2\t5\n/, 'the answer not saved is in the file');
});

flow('a damaged save whose copy cannot be kept is not written over until downloaded', async ({ page, base, newContext }) => {
  const garbage = 'cermat-save 2\nepoch 1\nthis line is damaged\n';
  const ctx = await newContext({}, [
    ([key, text]) => {
      // Every page of this context starts from the damaged save (about:blank has none).
      try {
        if (!window.name) {
          localStorage.setItem(key, text);
          window.name = 'seeded';
        }
      } catch {
        return;
      }
      const original = Storage.prototype.setItem;
      Storage.prototype.setItem = function (k, v) {
        if (k.startsWith('cermat.v1.damaged.')) throw new DOMException('full', 'QuotaExceededError');
        return original.call(this, k, v);
      };
    },
    [SAVE_KEY, garbage],
  ]);
  const p = await ctx.newPage();
  await p.goto(`${base}#/assess/scv/1`);
  await waitForApp(p);
  const notice = p.locator(sel.recoveryNotice);
  await notice.waitFor();
  assert.match(await notice.innerText(), /Unduh dulu/);
  await clickRadio(p, 'S1.1', '3');
  await p.waitForTimeout(300);
  assert.equal(await p.evaluate((k) => localStorage.getItem(k), SAVE_KEY), garbage, 'written over before its copy was safe');
  const download = p.waitForEvent('download');
  await notice.locator('[data-testid=recovery-download]').click();
  const file = await download;
  assert.ok(file.suggestedFilename().endsWith('.txt'));
  await clickRadio(p, 'S1.2', '4');
  await p.waitForFunction((k) => localStorage.getItem(k).includes('scv:S1.2'), SAVE_KEY);
}, { context: { acceptDownloads: true } });

// The CLI is built by `cargo test` (the suite's unit section runs before this one).
const CLI = path.join(REPO, 'target', 'debug', 'cermat-cli');

flow('an imported file with 2.5949 and 2.6049 scores what cermat-cli scores, after a reload too', async ({ page, base }) => {
  if (!existsSync(CLI)) throw new Error(`${CLI} missing: run cargo test first`);
  const template = JSON.parse(execFileSync(CLI, ['template'], { encoding: 'utf8' }));
  let i = 0;
  for (const instrument of ['scv', 'ereadiness']) {
    for (const id of Object.keys(template.answers[instrument])) {
      template.answers[instrument][id] = i++ % 2 ? 2.6049 : 2.5949;
    }
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'cermat-'));
  const file = path.join(dir, 'precise.json');
  writeFileSync(file, JSON.stringify(template));
  const cli = JSON.parse(execFileSync(CLI, ['score', file], { encoding: 'utf8' }));

  await page.goto(`${base}#/share`);
  await waitForApp(page);
  await page.locator('input[type=file][data-testid=import-json]').setInputFiles(file);
  await page.waitForFunction(() => location.hash === '#/results');
  for (const reload of [false, true]) {
    if (reload) await page.reload();
    await waitForApp(page);
    for (const instrument of ['scv', 'ereadiness']) {
      const shown = await readLikertResult(page, instrument);
      const expected = cli[instrument];
      assert.equal(shown.level, String(expected.level), `${instrument} level (reload: ${reload})`);
      assert.equal(Number(shown.indexValue), Number(expected.index.toFixed(2)), `${instrument} index`);
      assert.deepEqual(shown.recommendations, expected.recommendations.map((r) => r.indicator), `${instrument} order`);
    }
  }
});

flow('a right-to-left override at the end of a region cannot reorder the unit after it', async ({ page, base }) => {
  await page.goto(`${base}#/profile`);
  await waitForApp(page);
  await page.locator('#f-region').fill('Kota Contoh\u202E');
  await page.locator('#f-unit').fill('Diskominfo');
  await page.goto(`${base}#/results`);
  await waitForApp(page);
  const parts = await page.locator('[data-testid=results-for] bdi').allTextContents();
  assert.deepEqual(parts, ['Kota Contoh\u202E', 'Diskominfo'], 'each user text isolated');
});

flow('a Latin-1 survey file is refused with a message, not read with replacement characters', async ({ page, base }) => {
  await page.goto(`${base}#/survey`);
  await waitForApp(page);
  const latin1 = Buffer.from('S1.1;Kecamatan\n4;Ilir Barat \xe9\n', 'latin1');
  await page.locator('input[type=file][data-testid=import-csv]').setInputFiles({ name: 'latin1.csv', mimeType: 'text/csv', buffer: latin1 });
  const problems = page.locator('[data-testid=tool-problems]');
  await problems.waitFor();
  assert.match(await problems.innerText(), /UTF-8/);
  await page.locator('[data-testid=nothing-imported]').waitFor();
  assert.equal(await page.locator('[data-testid=survey-summary]').count(), 0);
});

flow('what can still be read of a damaged save is restored on request', async ({ page, base }) => {
  await page.goto(`${base}#/assess/scv/1`);
  await waitForApp(page);
  await clickRadio(page, 'S1.1', '4');
  await clickRadio(page, 'S1.2', 'na');
  await page.waitForFunction((k) => (localStorage.getItem(k) || '').includes('scv:S1.2'), SAVE_KEY);
  // Cut short, as a full disk or an interrupted write leaves it: the `end` line is gone.
  await page.evaluate((k) => localStorage.setItem(k, localStorage.getItem(k).replace(/end\n$/, '')), SAVE_KEY);
  await page.reload();
  await waitForApp(page);
  const notice = page.locator(sel.recoveryNotice);
  await notice.waitFor();
  assert.deepEqual(await checkedOnPage(page), {}, 'a damaged save is not half read');
  await notice.locator('[data-testid=recovery-restore]').click();
  await page.waitForFunction(() => document.querySelectorAll('fieldset[data-item] input:checked').length === 2);
  assert.deepEqual(await checkedOnPage(page), { 'S1.1': '4', 'S1.2': 'na' });
});
