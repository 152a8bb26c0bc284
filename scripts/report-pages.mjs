// How the printed report comes out: Chromium's A4 PDF of `#/report` for a complete
// assessment (the golden link of tests/e2e/share-fixtures.mjs, saved as the user's own),
// in both languages: its page count and how much of each page is used (poppler's
// pdftoppm, as the e2e test measures it). Issue 11 quotes the figures before and after.
//
//   node scripts/report-pages.mjs                 # dist/
//   node scripts/report-pages.mjs /path/to/dist   # another build (an older commit's)
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';
import { GOLDEN_FULL } from '../tests/e2e/share-fixtures.mjs';
import { pageFill } from '../tests/e2e/pdf.mjs';

const dist = path.resolve(process.argv[2] || 'dist');
const server = await startServer({ root: dist, port: 0, gzip: true });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  for (const lang of ['id', 'en']) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.url}?lang=${lang}#/r/${GOLDEN_FULL}`);
    await page.locator('[data-testid=shared-save]').click();
    await page.waitForFunction(() => location.hash === '#/results');
    await page.evaluate(() => { location.hash = '#/report'; });
    await page.locator('[data-testid=report]').waitFor();
    await page.waitForTimeout(500);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    const fills = await pageFill(pdf);
    const shown = fills.map((f) => `${Math.round(f * 100)}%`).join(' ');
    console.log(`${lang}: ${fills.length} pages; used: ${shown}; under a quarter: ${fills.filter((f) => f < 0.25).length}`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close?.();
}
process.exit(0);
