// Issue 11: the Soppeng-style inventory of agency websites, on the evidence pages of the
// Emerging and Enhanced criteria. Rows pasted from a spreadsheet (a header, row numbers,
// an agency without a site, a status the tool does not know), edited, kept across a
// reload, shared by E1, N1 and N2, merged across two tabs, listed in the report beside
// those criteria, copied with the assessment, readable by axe and at 360 px.
import { AxeBuilder } from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { flow, assert, waitForApp, waitForRoute } from './helpers.mjs';
import { GOLDEN_FULL } from './share-fixtures.mjs';

const PASTE = [
  'NO\tNAMA SKPD\tLINK\tSTATUS',
  '1.\tSekretariat Daerah\tsetda.soppengkab.go.id\tTidak aktif',
  '3.\tInspektorat Daerah\tinspektorat.soppengkab.go.id\tAktif',
  '11.\tRsud Latemmamala\t-\t-',
  '13.\tDinas Pendidikan\tdisdik.soppengkab.go.id\tAktif',
  '14.\tDinas Lingkungan Hidup\tdinaslh.soppengkab.go.id\tkadang-kadang',
].join('\n');

const shareText = (page) => page.locator('[data-testid=websites-share]').innerText();

flow('the website inventory is pasted, edited, kept, shared by E1, N1, N2 and reported', async ({ page, base, context }) => {
  await page.goto(`${base}?lang=id#/assess/stage/1`);
  await waitForApp(page);
  await page.locator('[data-testid=evidence-link][data-id=E1]').click();
  await waitForRoute(page, /^\/evidence\/E1$/);
  await page.locator('[data-testid=websites]').waitFor();
  assert.match(await shareText(page), /Belum ada situs/);
  // Only the criteria it is evidence for show it.
  await page.evaluate(() => { location.hash = '#/evidence/S1'; });
  await page.locator('[data-testid=evidence-page][data-id=S1]').waitFor();
  assert.equal(await page.locator('[data-testid=websites]').count(), 0);
  await page.evaluate(() => { location.hash = '#/evidence/E1'; });
  await page.locator('[data-testid=websites]').waitFor();

  // A paste: the header and row numbers skipped, the RSUD without a site, one line named.
  await page.locator('[data-testid=websites-paste]').fill(PASTE);
  await page.locator('[data-testid=websites-paste-add]').click();
  const report = page.locator('[data-testid=websites-paste-report]');
  assert.match(await report.innerText(), /4 baris ditambahkan/);
  assert.match(await report.innerText(), /Baris 6 dilewati: status "kadang-kadang"/);
  assert.equal(await page.locator('[data-testid=websites-row]').count(), 4);
  assert.match(await shareText(page), /2 dari 3 situs aktif \(67%\); 0 diperbarui dalam 3 bulan terakhir \(0%\)/);
  assert.match(await shareText(page), /1 perangkat daerah tanpa situs/);
  assert.equal(await page.locator('[data-testid=websites-paste]').inputValue(), '', 'what came in leaves the box');

  // Edits: a name typed with spaces, a tick, a row added by hand and one removed.
  const rows = page.locator('[data-testid=websites-row]');
  await rows.nth(0).locator('[data-testid=website-name]').fill('');
  await rows.nth(0).locator('[data-testid=website-name]').pressSequentially('Sekretariat Daerah Kab');
  await rows.nth(1).locator('[data-testid=website-updated]').check();
  await page.locator('[data-testid=websites-add]').click();
  await rows.nth(4).locator('[data-testid=website-name]').fill('Dinas Kominfo');
  await rows.nth(4).locator('[data-testid=website-address]').fill('diskominfo.soppengkab.go.id');
  await rows.nth(4).locator('[data-testid=website-active]').check();
  await rows.nth(3).locator('[data-testid=website-remove]').click();
  assert.equal(await rows.count(), 4);
  await page.waitForFunction(() => /2 dari 3 situs aktif \(67%\); 1 diperbarui/.test(document.querySelector('[data-testid=websites-share]')?.textContent || ''));

  // Kept across a reload, and the same inventory on N1.
  await page.reload();
  await waitForApp(page);
  await page.evaluate(() => { location.hash = '#/evidence/N1'; });
  await page.locator('[data-testid=websites-row]').first().waitFor();
  assert.equal(await rows.count(), 4);
  assert.equal(await rows.nth(0).locator('[data-testid=website-name]').inputValue(), 'Sekretariat Daerah Kab');
  assert.equal(await rows.nth(3).locator('[data-testid=website-address]').inputValue(), 'diskominfo.soppengkab.go.id');

  // Two tabs: each adds a site; both are kept, in both tabs.
  const other = await context.newPage();
  await other.goto(`${base}?lang=id#/evidence/N2`);
  await waitForApp(other);
  await other.locator('[data-testid=websites-row]').first().waitFor();
  await other.locator('[data-testid=websites-add]').click();
  await other.locator('[data-testid=website-name]').nth(4).fill('Kecamatan Citta');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=websites-row]').length === 5);
  await page.locator('[data-testid=websites-add]').click();
  await rows.nth(5).locator('[data-testid=website-name]').fill('Kecamatan Ganra');
  await other.waitForFunction(() => document.querySelectorAll('[data-testid=websites-row]').length === 6);
  const names = await other.locator('[data-testid=website-name]').evaluateAll((els) => els.map((e) => e.value));
  assert.deepEqual(names.slice(4), ['Kecamatan Citta', 'Kecamatan Ganra']);
  await other.close();

  // The table copied as a spreadsheet takes it, and pasted back gives the same sites.
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(base).origin });
  await page.locator('[data-testid=websites-copy]').click();
  await page.locator('[data-testid=websites-copied]').waitFor();
  const table = await page.evaluate(() => navigator.clipboard.readText());
  const lines = table.split('\n');
  assert.equal(lines[0], 'Nama\tAlamat\tStatus\tDiperbarui');
  assert.equal(lines.length, 7, table);
  assert.ok(lines.includes('Rsud Latemmamala\t-\tTidak\tTidak'), `an agency without a site: ${table}`);
  assert.ok(lines.includes('Inspektorat Daerah\tinspektorat.soppengkab.go.id\tYa\tYa'), table);

  // The report: the figures beside E1, N1 and N2, and the list, as text.
  await page.evaluate(() => { location.hash = '#/report'; });
  await page.locator('[data-testid=report-websites]').waitFor();
  assert.equal(await page.locator('[data-testid=report-evidence-websites]').count(), 3);
  assert.match(await page.locator('[data-testid=report-evidence-websites]').first().innerText(), /Inventaris situs web \(bukti E1, N1, N2\): 2 dari 3 situs aktif \(67%\)/);
  assert.match(await page.locator('[data-testid=report-websites]').innerText(), /diskominfo\.soppengkab\.go\.id/);
  assert.equal(await page.locator('[data-testid=report-websites] a').count(), 0);

  // A copy of the assessment ("next year's") starts with the same inventory.
  await page.evaluate(() => { location.hash = '#/workspace'; });
  await page.locator('[data-testid=workspace-row]').first().waitFor();
  await page.locator('[data-testid=workspace-row] [data-testid=workspace-duplicate]').first().click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=workspace-row]').length === 2);
  const copied = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('cermat.ws.sites')));
  assert.equal(copied.length, 2, copied.join(', '));
});

flow('the inventory at 360 px and under axe, in English', async ({ page, base }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto(`${base}?lang=en#/evidence/N1`);
  await waitForApp(page);
  await page.locator('[data-testid=websites-paste]').fill('Dinas Kesehatan\tdinkes.example.go.id\tActive\tyes\nRSUD\t-\t-');
  await page.locator('[data-testid=websites-paste-add]').click();
  await page.waitForFunction(() => /1 of 1 sites active \(100%\); 1 updated/.test(document.querySelector('[data-testid=websites-share]')?.textContent || ''));
  assert.match(await page.locator('[data-testid=websites-share]').innerText(), /1 agencies without a site/);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 360, `scrollWidth ${width}`);
  const { violations } = await new AxeBuilder({ page }).analyze();
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(bad.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`), []);
});

flow('the inventory travels in the response file (version 3) and the workspace file', async ({ page, base, newContext }) => {
  // An assessment of the user's own (an empty one is the one every browser has).
  await page.goto(`${base}?lang=id#/r/${GOLDEN_FULL}`);
  await waitForApp(page);
  await page.locator('[data-testid=shared-save]').click();
  await waitForRoute(page, /^\/results$/);
  await page.evaluate(() => { location.hash = '#/evidence/E1'; });
  await page.locator('[data-testid=websites-paste]').fill('Dinas Kominfo\tkominfo.example.go.id\tAktif\tYa\nRSUD\t-\t-');
  await page.locator('[data-testid=websites-paste-add]').click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=websites-row]').length === 2);
  // The response file carries it: version 3.
  await page.evaluate(() => { location.hash = '#/share'; });
  await page.waitForFunction(() => document.querySelector('[data-testid=export-json]')?.getAttribute('href')?.startsWith('data:'));
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid=export-json]').click()]);
  const file = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.equal(file.version, 3);
  assert.deepEqual(file.websites, [
    { name: 'Dinas Kominfo', address: 'kominfo.example.go.id', active: true, updated_last_3_months: true },
    { name: 'RSUD', address: '', active: false, updated_last_3_months: false },
  ]);
  // The workspace file too.
  await page.evaluate(() => { location.hash = '#/workspace'; });
  await page.locator('[data-testid=workspace-export]').click();
  const [whole] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid=workspace-download]').click()]);
  const workspace = JSON.parse(await readFile(await whole.path(), 'utf8'));
  assert.deepEqual(workspace.assessments[0].response.websites, file.websites);

  // Another browser imports the response file: the inventory comes with it.
  const other = await (await newContext()).newPage();
  await other.goto(`${base}?lang=id#/share`);
  await waitForApp(other);
  await other.locator('[data-testid=import-json]').waitFor({ state: 'attached' });
  await other.locator('[data-testid=import-json]').setInputFiles({
    name: 'soppeng.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)),
  });
  await waitForRoute(other, /^\/results$/);
  await other.evaluate(() => { location.hash = '#/evidence/N1'; });
  await other.locator('[data-testid=websites-row]').first().waitFor();
  assert.match(await other.locator('[data-testid=websites-share]').innerText(), /1 dari 1 situs aktif \(100%\)/);
  assert.equal(await other.locator('[data-testid=website-address]').first().inputValue(), 'kominfo.example.go.id');

  // And a third imports the workspace file: its assessment has the inventory.
  const third = await (await newContext()).newPage();
  await third.goto(`${base}?lang=id#/workspace`);
  await waitForApp(third);
  await third.locator('input[data-testid=workspace-files]').setInputFiles({
    name: 'ruang-kerja.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(workspace)),
  });
  await third.waitForFunction(() => Object.keys(localStorage).some((k) => k.startsWith('cermat.ws.sites.')));
  const stored = await third.evaluate(() => Object.entries(localStorage).filter(([k]) => k.startsWith('cermat.ws.sites.')).map(([, v]) => v).join('\n'));
  assert.match(stored, /kominfo\.example\.go\.id/);
});
