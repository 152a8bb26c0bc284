// The views module (share, methodology, report) and the tools worker are fetched on
// first use only. When either cannot be loaded, the pages that need it say so in the
// user's language, and everything else keeps working.
import { flow, assert, sel, waitForApp, readLikertResult, clickRadio } from './helpers.mjs';
import { GOLDEN_FULL } from './share-fixtures.mjs';

const MESSAGES = {
  id: 'Bagian ini tidak dapat dimuat.',
  en: 'This part could not be loaded.',
};

flow('the first page load fetches neither the views module nor the tools worker', async ({ page, base }) => {
  const fetched = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto(`${base}#/r/${GOLDEN_FULL}`);
  await waitForApp(page);
  await page.locator('[data-testid=shared-banner]').waitFor();
  assert.equal((await readLikertResult(page, 'scv')).indexValue !== null, true);
  assert.deepEqual(fetched.filter((p) => /cermat-(tools|views)/.test(p)), [], 'nothing on demand for a shared result');
  // The methodology needs the views module only; the share page starts the worker too.
  await page.goto(`${base}#/method`);
  await waitForApp(page);
  await page.locator('[data-testid=method] section').first().waitFor();
  assert.ok(fetched.some((p) => /cermat-views-[0-9a-f]+_bg\.wasm$/.test(p)), fetched.join(' '));
  assert.deepEqual(fetched.filter((p) => p.includes('cermat-tools')), [], 'no worker for the methodology');
  // An empty assessment has nothing to share: answer one item first.
  await page.goto(`${base}#/share`);
  await waitForApp(page);
  await page.locator('[data-testid=nothing-to-share]').waitFor();
  await page.goto(`${base}#/assess/scv/1`);
  await waitForApp(page);
  await clickRadio(page, 'S1.1', '4');
  await page.goto(`${base}#/share`);
  await waitForApp(page);
  await page.locator('input[data-testid=share-link]').waitFor();
  await page.locator('[data-testid=export-json]').waitFor();
  assert.ok(fetched.some((p) => /cermat-tools-[0-9a-f]+_bg\.wasm$/.test(p)), fetched.join(' '));
});

for (const lang of ['id', 'en']) {
  flow(`a views module that cannot load is explained, and the rest works (${lang})`, async ({ page, base, context }) => {
    await context.route(/cermat-views-/, (route) => route.abort('aborted'));
    await page.goto(`${base}?lang=${lang}#/method`);
    await waitForApp(page);
    const problem = page.locator('[data-testid=tool-problems]');
    await problem.waitFor();
    assert.match(await problem.innerText(), new RegExp(MESSAGES[lang]));
    await page.goto(`${base}?lang=${lang}#/r/${GOLDEN_FULL}`);
    await waitForApp(page);
    assert.equal((await readLikertResult(page, 'scv')).indexValue.length, 4);
    await page.locator(sel.langId).first().waitFor();
  }, { allowConsole: [/cermat-views/, /Failed to load/i, /net::ERR/] });

  flow(`a tools worker that cannot load is explained on the share page (${lang})`, async ({ page, base, context }) => {
    await context.route(/cermat-tools-/, (route) => route.abort('aborted'));
    await page.goto(`${base}?lang=${lang}#/assess/scv/1`);
    await waitForApp(page);
    await clickRadio(page, 'S1.1', '4');
    await page.goto(`${base}?lang=${lang}#/share`);
    await waitForApp(page);
    const problem = page.locator('[data-testid=tool-problems]').first();
    await problem.waitFor();
    assert.match(await problem.innerText(), new RegExp(MESSAGES[lang]));
    // The link and its QR code need no worker.
    await page.locator('[data-testid=qr] svg').waitFor();
  }, { allowConsole: [/cermat-tools/, /Failed to load/i, /net::ERR/] });
}
