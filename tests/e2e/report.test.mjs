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

    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.site-header').evaluate((h) => getComputedStyle(h).display), 'none');
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
    const raw = await pdfText(pdf);
    const text = squash(raw);
    const pages = raw.split('\f').filter((p) => p.trim()).length;
    assert.ok(pages >= 4, `cover, two instruments, stage and method: ${pages} pages`);
    for (const [what, value] of [['region', FULL_REGION], ['predicate', predicate], ['first recommendation', indicator],
      ['its first action', squash(action).slice(0, 60)]]) {
      assert.ok(text.includes(squash(value)), `the PDF holds the ${what}: ${value}`);
    }
  }, { timeout: 120000 });
}
