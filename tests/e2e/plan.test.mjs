// The plan to the target and the narrative (issue 11): the plan page shows the fewest
// steps to each target, a changed planned score shows the level it gives, and the
// narrative names the stage, the index and the plan's first step, in both languages.
import { flow, assert, waitForApp, completeWizard, sel } from './helpers.mjs';

/** 2 for every statement, Yes for stages 1 and 2, No after: level 2, stage 2. */
const lowAnswers = (id, values) => (values.includes('yes') ? (/^[EN]\d/.test(id) ? 'yes' : 'no') : '2');

flow('the plan reaches the target, and a changed planned score shows the level it gives', async ({ page, base }) => {
  await page.goto(`${base}#/assess/scv/1`);
  await waitForApp(page);
  await completeWizard(page, lowAnswers, 'mouse');
  await page.locator(sel.result('scv')).waitFor();
  await page.locator('[data-testid=open-plan]').click();
  await page.locator('[data-testid=plan] h1').waitFor();
  const card = page.locator('[data-testid=plan-scv-card]');
  await card.locator('[data-testid=plan-steps]').waitFor();
  const outcome = card.locator('[data-testid=plan-outcome]');
  assert.equal(await outcome.getAttribute('data-reaches'), 'true', await outcome.innerText());
  assert.match(await outcome.innerText(), /tingkat 3/);
  // Lower the first planned step to its smallest choice: the plan falls short, and says so.
  const first = card.locator('select[data-testid=plan-to]').first();
  const lowest = await first.locator('option').first().getAttribute('value');
  await first.selectOption(lowest);
  await page.waitForFunction(() => document.querySelector('[data-testid=plan-scv-card] [data-testid=plan-outcome]').dataset.reaches === 'false');
  assert.match(await outcome.innerText(), /Belum mencapai target/);
  // The stage: the next stage's criteria.
  assert.ok(await page.locator('[data-testid=plan-stage] li[data-criterion]').count() > 0);

  // The narrative: stage, index, the plan's first step; copied.
  const narrative = page.locator('[data-testid=narrative]');
  const text = await narrative.innerText();
  assert.match(text, /berada pada tahap 2 \(/);
  assert.match(text, /indeksnya 2,00 \(tingkat 2/);
  assert.match(text, /langkah pertama rencana adalah menaikkan [A-Z]+\d/);
  await page.locator('[data-testid=narrative-copy]').click();
  await page.locator('[data-testid=narrative-card] [data-testid=tool-status]').waitFor();
  await page.locator(sel.langEn).first().click();
  await page.waitForFunction(() => /is at stage 2/.test(document.querySelector('[data-testid=narrative]').textContent));
}, { timeout: 180000 });
