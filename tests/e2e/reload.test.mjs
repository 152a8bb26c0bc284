// Autosave: answers survive a reload, and the landing then offers to resume.
import {
  flow, assert, sel, waitForApp, clickRadio, checkedOnPage, readProgress, currentRoute,
} from './helpers.mjs';

flow('reload keeps answers', async ({ page, base }) => {
  await page.goto(`${base}#/assess/scv/2`);
  await waitForApp(page);
  const given = {};
  const fieldsets = await page.$$eval('fieldset[data-item]', (f) => f.map((x) => x.dataset.item));
  assert.ok(fieldsets.length >= 2, 'step 2 has statements');
  const values = ['2', '5', 'na', '4', '1', '3'];
  fieldsets.slice(0, 4).forEach((id, i) => { given[id] = values[i % values.length]; });
  for (const [id, v] of Object.entries(given)) await clickRadio(page, id, v);
  // Stage answers too.
  await page.goto(`${base}#/assess/stage/1`);
  await waitForApp(page);
  await clickRadio(page, 'E1', 'partly');
  const progressBefore = await readProgress(page);

  await page.reload();
  await waitForApp(page);
  assert.equal(await currentRoute(page), '/assess/stage/1', 'the route survives the reload');
  assert.deepEqual(await checkedOnPage(page), { E1: 'partly' });
  assert.deepEqual(await readProgress(page), progressBefore, 'progress is the same after reload');
  await page.goto(`${base}#/assess/scv/2`);
  await waitForApp(page);
  const after = await checkedOnPage(page);
  assert.deepEqual(after, given, 'the Likert answers survive the reload');

  // A new visit to the landing offers to resume where saved answers exist.
  await page.goto(`${base}#/`);
  await page.reload();
  await waitForApp(page);
  await page.locator(sel.resume).first().waitFor({ state: 'visible' });
  assert.equal(await page.locator(sel.storageWarning).count(), 0, 'no storage warning when storage works');
});
