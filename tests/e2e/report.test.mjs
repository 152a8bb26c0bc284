// The printable report (issue 4, item 5): Chromium's PDF of #/report holds the region
// name, the predicate and the first recommendation; it has a cover and several A4 pages.
import { execFileSync } from 'node:child_process';
import { mkdtemp, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { flow, assert, waitForApp, waitForRoute } from './helpers.mjs';
import { GOLDEN_FULL, FULL_REGION } from './share-fixtures.mjs';

const squash = (t) => t.replace(/\u00ad/g, '').replace(/\s+/g, ' ').trim();

/** The text of a PDF, by poppler's pdftotext (scripts/setup.sh installs it). */
async function pdfText(bytes) {
  const dir = await mkdtemp(path.join(tmpdir(), 'cermat-pdf-'));
  try {
    const file = path.join(dir, 'report.pdf');
    await writeFile(file, bytes);
    return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

for (const lang of ['id', 'en']) {
  flow(`the printed report holds the region, the predicate and the first recommendation (${lang})`, async ({ page, base }) => {
    // A complete assessment, kept as the user's own.
    await page.goto(`${base}?lang=${lang}#/r/${GOLDEN_FULL}`);
    await waitForApp(page);
    await page.locator('[data-testid=shared-save]').click();
    await waitForRoute(page, /^\/results$/);
    await page.locator('[data-testid=results-toolbar] [data-testid=open-report]').click();
    await waitForRoute(page, /^\/report$/);
    await waitForApp(page);
    await page.locator('[data-testid=report-qr] svg').waitFor();
    const print = page.locator('[data-testid=print]');
    assert.ok(await print.isEnabled(), 'Print is offered once the cover (and its QR code) is there');

    const predicate = (await page.locator('[data-testid=result-scv] [data-testid=predicate]').innerText()).trim();
    const first = page.locator('[data-testid=recommendation]').first();
    const indicator = (await first.locator('.rec-head strong').innerText()).trim();
    const action = (await first.locator('.rec-actions li').first().evaluate((li) => li.firstChild.textContent)).trim();
    const cover = await page.locator('[data-testid=report-summary]').innerText();
    assert.ok(cover.includes(predicate), `the cover's summary has the predicate ${predicate}`);
    // The e-readiness indicators along the South Sumatra study's three dimensions.
    const dimensions = await page.locator('[data-testid=report-dimensions] tr[data-dimension]')
      .evaluateAll((trs) => trs.map((tr) => tr.dataset.dimension));
    assert.deepEqual(dimensions, ['technology', 'human_resources', 'governance']);
    const dimensionTitle = (await page.locator('[data-testid=report-dimensions] h2').innerText()).trim();

    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.site-header').evaluate((h) => getComputedStyle(h).display), 'none');
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
    const raw = await pdfText(pdf);
    const text = squash(raw);
    const pages = raw.split('\f').filter((p) => p.trim()).length;
    assert.ok(pages >= 4, `cover, two instruments, stage and method: ${pages} pages`);
    for (const [what, value] of [['region', FULL_REGION], ['predicate', predicate], ['first recommendation', indicator],
      ['its first action', squash(action).slice(0, 60)], ['three dimensions', dimensionTitle.slice(0, 30)]]) {
      assert.ok(text.includes(squash(value)), `the PDF holds the ${what}: ${value}`);
    }
  }, { timeout: 120000 });
}

/**
 * How much of each PDF page is used: the share of its height from the top edge down to
 * the last row with ink (pdftoppm renders each page in grey at 24 dpi).
 */
async function pageFill(bytes) {
  const dir = await mkdtemp(path.join(tmpdir(), 'cermat-pdf-'));
  try {
    const file = path.join(dir, 'report.pdf');
    await writeFile(file, bytes);
    execFileSync('pdftoppm', ['-gray', '-r', '24', file, path.join(dir, 'p')]);
    const { readdir, readFile } = await import('node:fs/promises');
    const pages = (await readdir(dir)).filter((f) => f.endsWith('.pgm')).sort();
    const fills = [];
    for (const name of pages) {
      const data = await readFile(path.join(dir, name));
      // A binary PGM: "P5", width, height, maxval, one byte per pixel.
      const header = data.subarray(0, 40).toString('latin1').split(/\s+/);
      const [width, height] = [Number(header[1]), Number(header[2])];
      const start = data.length - width * height;
      let last = 0;
      for (let y = 0; y < height; y++) {
        const row = data.subarray(start + y * width, start + (y + 1) * width);
        if (row.some((v) => v < 200)) last = y;
      }
      fills.push((last + 1) / height);
    }
    return fills;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

flow('a shared result prints directly: the PDF states the target and the plan, and no page is mostly empty', async ({ page, base }) => {
  await page.goto(`${base}#/r/${GOLDEN_FULL}`);
  await waitForApp(page);
  await page.locator('[data-testid=shared-report]').click();
  await waitForRoute(page, /^\/r\/.+\/report$/);
  await page.locator('[data-testid=report-qr] svg').waitFor();
  assert.match(await page.locator('[data-testid=report-profile]').innerText(), /Penukal Abab/);
  const save = await page.evaluate(() => localStorage.getItem('cermat.v2.save')) || '';
  assert.ok(!/^\d+\t[^\t\n]*\t[^\n]/m.test(save), `printing a shared result keeps none of it as the user's work:\n${save}`);
  const note = (await page.locator('[data-testid=target-note]').first().innerText()).trim();
  assert.match(note, /tingkat target \d \(.+\), batas bawah \d,\d\d/);
  const step = (await page.locator('[data-testid=report-plan] li strong').first().innerText()).trim();
  const narrative = (await page.locator('[data-testid=report-narrative] p').first().innerText()).trim();
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  const text = squash(await pdfText(pdf));
  for (const [what, value] of [['the target level and its lower bound', note], ['the plan\'s first step', step], ['the narrative', narrative.slice(0, 80)]]) {
    assert.ok(text.includes(squash(value)), `the PDF holds ${what}: ${value}`);
  }
  const fills = await pageFill(pdf);
  assert.ok(fills.length >= 4, `${fills.length} pages`);
  fills.forEach((fill, i) => assert.ok(fill >= 0.25, `page ${i + 1} of ${fills.length} is ${Math.round(fill * 100)} % used: ${fills.map((f) => Math.round(f * 100)).join(' ')}`));
}, { timeout: 120000 });
