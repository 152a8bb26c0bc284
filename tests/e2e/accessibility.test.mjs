// axe-core finds no serious or critical violation on the landing, the profile, each kind
// of wizard step, the results and the methodology page, in both languages.
import { AxeBuilder } from '@axe-core/playwright';
import { flow, assert, waitForApp, completeWizard, sel } from './helpers.mjs';
import { knownAnswer } from './known-answers.mjs';

async function audit(page, label) {
  // axe's default rule set (WCAG 2.0/2.1 A and AA plus best practices).
  const { violations } = await new AxeBuilder({ page }).analyze();
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = bad.map((v) =>
    `${v.impact} ${v.id}: ${v.help}\n      ${v.nodes.slice(0, 4).map((n) => n.target.join(' ')).join('\n      ')}`);
  assert.deepEqual(report, [], `axe on ${label}`);
  return violations.length - bad.length; // minor and moderate ones, for information
}

for (const lang of ['id', 'en']) {
  flow(`axe: no serious or critical violation (${lang})`, async ({ page, base }) => {
    const pages = ['/', '/profile', '/assess/scv/1', '/assess/ereadiness/1', '/assess/stage/1', '/method'];
    await page.goto(`${base}?lang=${lang}#/`);
    await waitForApp(page);
    for (const route of pages) {
      await page.goto(`${base}?lang=${lang}#${route}`);
      await waitForApp(page);
      await audit(page, `${route} (${lang})`);
    }
    // Results: empty (provisional) first, then complete with the known answers.
    await page.goto(`${base}?lang=${lang}#/results`);
    await waitForApp(page);
    await audit(page, `/results, nothing answered (${lang})`);
    await page.goto(`${base}?lang=${lang}#/assess/scv/1`);
    await waitForApp(page);
    await completeWizard(page, knownAnswer, 'mouse');
    await page.locator(sel.result('scv')).waitFor({ state: 'visible' });
    await audit(page, `/results, complete (${lang})`);
    // A wizard step with answers given and help opened where there is help on demand.
    await page.goto(`${base}?lang=${lang}#/assess/scv/2`);
    await waitForApp(page);
    const toggles = page.locator('fieldset[data-item] button[aria-expanded], fieldset[data-item] summary');
    if (await toggles.count()) await toggles.first().click();
    await audit(page, `/assess/scv/2 answered, help open (${lang})`);
  }, { timeout: 180000 });
}
