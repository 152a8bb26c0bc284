// The printable report (issue 4, item 5): Chromium's PDF of #/report holds the region
// name, the predicate and the first recommendation; it has a cover and several A4 pages.
import { flow, assert, waitForApp, waitForRoute } from './helpers.mjs';
import { pdfText, pageFill } from './pdf.mjs';
import { GOLDEN_FULL, FULL_REGION } from './share-fixtures.mjs';

const squash = (t) => t.replace(/\u00ad/g, '').replace(/\s+/g, ' ').trim();

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
