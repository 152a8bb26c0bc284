// Issue 11: evidence (data dukung) per indicator and stage criterion. Opened from beside
// the statements in the wizard, a note and documents entered, kept by the autosave
// across a reload, written to the response file (version 2), listed in the report's
// annex, and printed: the PDF holds an evidence title, the target level and the plan's
// first step, and no page of it is mostly empty.
import { readFile } from 'node:fs/promises';
import { flow, assert, waitForApp, waitForRoute, clickRadio } from './helpers.mjs';
import { GOLDEN_FULL } from './share-fixtures.mjs';
import { pdfText, pageFill } from './pdf.mjs';

const TITLE = 'Perbup Nomor 12 Tahun 2023 tentang Masterplan Smart City';
const LINK = 'https://jdih.example.go.id/perbup-12-2023?a=1&b=2';


const squash = (s) => s.replace(/\u00ad/g, '').replace(/\s+/g, ' ').trim();

flow('evidence entered beside the statements is kept, exported, in the report and on paper', async ({ page, base }) => {
  // A complete assessment of the user's own.
  await page.goto(`${base}?lang=id#/r/${GOLDEN_FULL}`);
  await waitForApp(page);
  await page.locator('[data-testid=shared-save]').click();
  await waitForRoute(page, /^\/results$/);
  await page.evaluate(() => { location.hash = '#/assess/scv/1'; });
  await waitForRoute(page, /^\/assess\/scv\/1$/);
  const link = page.locator('[data-testid=evidence-link][data-id=S1]');
  assert.equal((await link.innerText()).trim(), 'Bukti dukung S1');
  await link.click();
  await waitForRoute(page, /^\/evidence\/S1$/);
  await page.locator('[data-testid=evidence-page]').waitFor();
  assert.equal(await page.title(), 'Bukti dukung S1 · Cermat');

  await page.locator('[data-testid=evidence-note]').fill('Masterplan disahkan; RPJMD memuatnya di misi 3.');
  await page.locator('[data-testid=evidence-add]').click();
  const doc = page.locator('[data-testid=evidence-ref]').first();
  await doc.locator('[data-testid=ref-title]').fill(TITLE);
  await doc.locator('[data-testid=ref-number]').fill('12');
  await doc.locator('[data-testid=ref-year]').fill('2023');
  await doc.locator('[data-testid=ref-link]').fill(LINK);
  // A second, blank document row is no document.
  await page.locator('[data-testid=evidence-add]').click();
  assert.equal(await page.locator('[data-testid=evidence-ref]').count(), 2);

  // Back beside the statements: one document.
  await page.locator('[data-testid=evidence-back]').click();
  await waitForRoute(page, /^\/assess\/scv\/1$/);
  await page.waitForFunction(() => /1 dokumen/.test(document.querySelector('[data-testid=evidence-link][data-id=S1]')?.textContent || ''));

  // Kept across a reload (the autosave), exactly.
  await page.reload();
  await waitForApp(page);
  await page.evaluate(() => { location.hash = '#/evidence/S1'; });
  await page.locator('[data-testid=evidence-page]').waitFor();
  assert.equal(await page.locator('[data-testid=evidence-note]').inputValue(), 'Masterplan disahkan; RPJMD memuatnya di misi 3.');
  assert.equal(await page.locator('[data-testid=ref-link]').first().inputValue(), LINK);
  assert.equal(await page.locator('[data-testid=evidence-ref]').count(), 1);

  // The response file is version 2 and carries it.
  await page.evaluate(() => { location.hash = '#/share'; });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('[data-testid=export-json]').click(),
  ]);
  const file = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.equal(file.version, 2);
  assert.equal(file.evidence.S1.references[0].title, TITLE);

  // The report's annex, then the PDF.
  await page.evaluate(() => { location.hash = '#/report'; });
  await page.locator('[data-testid=report-qr] svg').waitFor();
  const annex = page.locator('[data-testid=report-evidence]');
  assert.match(await annex.innerText(), /Perbup Nomor 12 Tahun 2023/);
  assert.equal(await annex.locator('a').count(), 0, 'links are text, never followed');
  const note = (await page.locator('[data-testid=target-note]').first().innerText()).trim();
  const step = (await page.locator('[data-testid=report-plan] li strong').first().innerText()).trim();
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  const text = await pdfText(pdf, false);
  const flat = squash(text);
  // The title wraps in its table cell, and a PDF's text interleaves a row's cells line
  // by line: its words must come in order, each cell line whole.
  const words = TITLE.split(' ').map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  assert.match(flat, new RegExp(words.join('[\\s\\S]{1,60}?')), `the PDF holds the evidence title: ${TITLE}`);
  for (const [what, value] of [['the target level', note], ['the plan\'s first step', step]]) {
    assert.ok(flat.includes(squash(value)), `the PDF holds ${what}: ${value}`);
  }
  const fills = await pageFill(pdf);
  fills.forEach((fill, i) => assert.ok(fill >= 0.25, `page ${i + 1} of ${fills.length} is ${Math.round(fill * 100)} % used: ${fills.map((f) => Math.round(f * 100)).join(' ')}`));
}, { timeout: 120000 });

flow('an unknown code on the evidence page says so', async ({ page, base }) => {
  await page.goto(`${base}?lang=en#/evidence/X9`);
  await waitForApp(page);
  assert.match(await page.locator('[data-testid=evidence-unknown]').innerText(), /No indicator or stage criterion/);
});

flow('a link with the notes carries them to its recipient, who prints and keeps them', async ({ page, base, newContext }) => {
  await page.goto(`${base}?lang=id#/r/${GOLDEN_FULL}`);
  await waitForApp(page);
  await page.locator('[data-testid=shared-save]').click();
  await waitForRoute(page, /^\/results$/);
  // No evidence yet: only the plain link.
  await page.evaluate(() => { location.hash = '#/share'; });
  await page.locator('[data-testid=share-link]').waitFor();
  assert.equal(await page.locator('[data-testid=notes-link]').count(), 0);
  const plain = await page.locator('[data-testid=share-link]').inputValue();

  await page.evaluate(() => { location.hash = '#/evidence/S1'; });
  await page.locator('[data-testid=evidence-note]').fill('Masterplan disahkan.\nRPJMD memuatnya di misi 3.');
  await page.locator('[data-testid=evidence-add]').click();
  await page.locator('[data-testid=ref-title]').first().fill(TITLE);
  await page.evaluate(() => { location.hash = '#/share'; });
  await page.locator('[data-testid=notes-link]').waitFor();
  assert.equal(await page.locator('[data-testid=share-link]').inputValue(), plain, 'the plain link carries no notes');
  const withNotes = await page.locator('[data-testid=share-notes-link]').inputValue();
  const length = Number(await page.locator('[data-testid=notes-link-length]').getAttribute('data-value'));
  assert.equal(withNotes.length, length);
  assert.ok(withNotes.length > plain.length, `${withNotes.length} > ${plain.length}`);
  assert.match(await page.locator('[data-testid=notes-link-length]').innerText(), new RegExp(`${length} karakter`));
  assert.match(withNotes, /#\/r\/4/);

  // Its recipient: the report holds the notes, and saving keeps them.
  const other = await (await newContext()).newPage();
  await other.goto(withNotes.replace(/^[^#]*/, `${base}?lang=id`));
  await waitForApp(other);
  await other.locator('[data-testid=shared-banner]').waitFor();
  await other.locator('[data-testid=shared-report]').click();
  const annex = other.locator('[data-testid=report-evidence]');
  await annex.waitFor();
  assert.match(await annex.innerText(), /Masterplan disahkan\.\s+RPJMD memuatnya di misi 3\./);
  assert.match(await annex.innerText(), /Perbup Nomor 12 Tahun 2023/);
  await other.goBack();
  await other.locator('[data-testid=shared-save]').click();
  await waitForRoute(other, /^\/results$/);
  await other.evaluate(() => { location.hash = '#/evidence/S1'; });
  await other.locator('[data-testid=evidence-page]').waitFor();
  assert.equal(await other.locator('[data-testid=evidence-note]').inputValue(), 'Masterplan disahkan.\nRPJMD memuatnya di misi 3.');
  assert.equal(await other.locator('[data-testid=ref-title]').first().inputValue(), TITLE);
});
