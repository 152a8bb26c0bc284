// axe-core finds no serious or critical violation on the pages of issue 4 (the share
// page with a survey summary, a shared result, the report, the methodology), once the
// tools worker has drawn them, in both languages.
import { AxeBuilder } from '@axe-core/playwright';
import { flow, assert, waitForApp } from './helpers.mjs';
import { GOLDEN_FULL } from './share-fixtures.mjs';

async function audit(page, label) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(bad.map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')})`), [], `axe on ${label}`);
}

const CSV = 'Timestamp,Usia,Jenis kelamin,S1.1,S1.2,S1.3,E1,Q9\n'
  + '2024-01-01,23,P,4,5,4,ya,x\n2024-01-02,35,L,x,4,3,ya,y\n'
  + '2024-01-03,41,P,5,kurang setuju,4,tidak,z\n2024-01-04,28,L,2,3,2,ya,z\n';

for (const lang of ['id', 'en']) {
  flow(`axe: share page, shared result, report and methodology (${lang})`, async ({ page, base }) => {
    await page.goto(`${base}?lang=${lang}#/r/${GOLDEN_FULL}`);
    await waitForApp(page);
    await page.locator('[data-testid=shared-banner]').waitFor();
    await audit(page, `shared result (${lang})`);
    await page.locator('[data-testid=shared-save]').click();

    await page.goto(`${base}?lang=${lang}#/share`);
    await waitForApp(page);
    await page.locator('[data-testid=qr] svg').waitFor();
    await audit(page, `share page (${lang})`);

    await page.goto(`${base}?lang=${lang}#/survey`);
    await waitForApp(page);
    await page.locator('[data-testid=import-csv]').setInputFiles({ name: 's.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
    await page.locator('[data-testid=survey-summary]').waitFor();
    await page.locator('[data-testid=survey-distribution] summary').click();
    await page.locator('[data-testid=survey-mapping] summary').click();
    await page.locator('[data-testid=survey-statistics]').waitFor();
    await audit(page, `survey page with a survey and its statistics (${lang})`);

    await page.goto(`${base}?lang=${lang}#/survey/paper`);
    await page.locator('[data-testid=paper-entry]').waitFor();
    await audit(page, `paper questionnaire (${lang})`);

    await page.goto(`${base}?lang=${lang}#/report`);
    await waitForApp(page);
    await page.locator('[data-testid=report-qr] svg').waitFor();
    await audit(page, `report (${lang})`);

    await page.goto(`${base}?lang=${lang}#/method`);
    await waitForApp(page);
    await page.locator('[data-testid=method] section').first().waitFor();
    await audit(page, `methodology (${lang})`);

    await page.goto(`${base}?lang=${lang}#/plan`);
    await waitForApp(page);
    await page.locator('[data-testid=narrative]').waitFor();
    await audit(page, `plan and narrative (${lang})`);

    await page.goto(`${base}?lang=${lang}#/embed`);
    await waitForApp(page);
    await page.locator('[data-testid=embed-snippet]').waitFor();
    await page.fill('[data-testid=embed-accent]', 'teal');
    await page.locator('[data-testid=embed-accent]').blur();
    await page.locator('[data-testid=embed-accent-problem]').waitFor();
    await audit(page, `Sematkan with a wrong option (${lang})`);
  }, { timeout: 120000 });
}

// At 360 px wide nothing on these pages overflows horizontally (tables scroll in their box).
async function assertNoOverflow(page, label) {
  const r = await page.evaluate(() => {
    const w = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll('body *')]
      .filter((el) => {
        const b = el.getBoundingClientRect();
        if (b.width === 0 || el.closest('.table-wrap')) return false;
        return b.right > w + 0.5 || b.left < -0.5;
      })
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${String(el.className).trim().split(/\s+/).join('.')}`);
    return { scrollWidth: document.documentElement.scrollWidth, wide };
  });
  assert.ok(r.scrollWidth <= 360, `${label}: scrollWidth ${r.scrollWidth}; widest: ${r.wide.join(', ')}`);
}

flow('phone width 360 px: share page, shared result, report, methodology', async ({ page, base }) => {
  await page.goto(`${base}#/r/${GOLDEN_FULL}`);
  await waitForApp(page);
  await page.locator('[data-testid=shared-banner]').waitFor();
  await assertNoOverflow(page, 'shared result');
  await page.locator('[data-testid=shared-save]').click();
  await page.goto(`${base}#/share`);
  await waitForApp(page);
  await page.locator('[data-testid=qr] svg').waitFor();
  await assertNoOverflow(page, 'share page');
  await page.goto(`${base}#/survey`);
  await waitForApp(page);
  await page.locator('[data-testid=import-csv]').setInputFiles({ name: 's.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
  await page.locator('[data-testid=survey-distribution] summary').click();
  await page.locator('[data-testid=survey-mapping] summary').click();
  await page.locator('[data-testid=survey-statistics]').waitFor();
  await assertNoOverflow(page, 'survey page');
  await page.goto(`${base}#/survey/paper`);
  await page.locator('[data-testid=paper-entry]').waitFor();
  await assertNoOverflow(page, 'paper questionnaire');
  await page.goto(`${base}#/report`);
  await waitForApp(page);
  await page.locator('[data-testid=report-qr] svg').waitFor();
  await assertNoOverflow(page, 'report');
  await page.goto(`${base}#/method`);
  await waitForApp(page);
  await page.locator('[data-testid=method] section').first().waitFor();
  await assertNoOverflow(page, 'methodology');
  await page.goto(`${base}#/plan`);
  await waitForApp(page);
  await page.locator('[data-testid=plan-steps]').first().waitFor();
  await assertNoOverflow(page, 'plan');
  await page.goto(`${base}#/embed`);
  await waitForApp(page);
  await page.locator('[data-testid=embed-preview]').waitFor();
  await assertNoOverflow(page, 'Sematkan');
}, { context: { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true } });
