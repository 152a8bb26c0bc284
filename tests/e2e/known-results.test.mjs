// A known answer set (tests/e2e/known-answers.mjs, with the hand computation from
// docs/methodology.md's rules) gives the right index, level, predicate, recommendations and stage
// on the results page, in Indonesian and in English; the target-level selector reorders
// the recommendations as rule 5 says.
import {
  flow, assert, sel, waitForApp, completeWizard, readLikertResult, norm,
} from './helpers.mjs';
import { knownAnswer, assertKnownResults } from './known-answers.mjs';

flow('a known answer set gives the right index, level, predicate and stage', async ({ page, base }) => {
  await page.goto(`${base}?lang=id#/assess/scv/1`);
  await waitForApp(page);
  const { end } = await completeWizard(page, knownAnswer, 'mouse');
  assert.equal(end, '/results');
  await waitForApp(page);
  assert.equal(await page.getAttribute('html', 'lang'), 'id');
  await assertKnownResults(page, 'id', { assert, readLikertResult, norm, sel });

  // The same results in English.
  await page.locator(sel.langEn).first().click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await assertKnownResults(page, 'en', { assert, readLikertResult, norm, sel });

  // Target level 5 for Support/Capacity/Value: lower bound 4.20, so the gaps become
  // S2 0.2, S3 0.2, C1 3.2, C3 1.2, V1 2.2, V2 1.2, V3 1.2 and the priorities (x 1/3)
  // C1 0.25*3.2 = 0.8, V1 2.2/3 = 0.733, V2 = V3 = 0.4, C3 0.25*1.2 = 0.3,
  // S2 = S3 = 0.2/3 = 0.067 -> C1, V1, V2, V3, C3, S2, S3.
  const target = page.locator(`${sel.result('scv')} [data-testid=target]`).first();
  assert.equal(await target.inputValue(), '4', 'default target = level + 1');
  await target.selectOption('5');
  await page.waitForFunction((s) => {
    const ids = [...document.querySelectorAll(`${s} [data-testid=recommendation]`)].map((e) => e.dataset.indicator);
    return ids.includes('S2') || ids.includes('S3');
  }, sel.result('scv'));
  const r = await readLikertResult(page, 'scv');
  const order = r.recommendations.filter((id, i, all) => i === 0 || all[i - 1] !== id);
  assert.deepEqual(order, ['C1', 'V1', 'V2', 'V3', 'C3', 'S2', 'S3'].slice(0, order.length));
  assert.equal(r.indexValue, '3.39', 'the target does not change the score');
});
