// Completing all three instruments with the mouse alone: Start, every step answered by
// clicking, `next` through the end, then the results; `prev` and the step list jump back
// and keep the answers.
import {
  flow, assert, sel, waitForApp, waitForRoute, completeWizard, currentRoute, checkedOnPage,
  itemsOnPage, readLikertResult, readProgress,
} from './helpers.mjs';

// The indicator and criterion ids docs/methodology.md fixes, and the steps they make.
const INDICATORS = {
  scv: ['S1', 'S2', 'S3', 'C1', 'C2', 'C3', 'V1', 'V2', 'V3'],
  ereadiness: ['ST1', 'ST2', 'ST3', 'ST4', 'IN1', 'IN2', 'IN3', 'SU1', 'SU2', 'SU3', 'BU1', 'BU2', 'BU3', 'AL1', 'AL2', 'AL3'],
  stage: ['E1', 'N1', 'N2', 'I1', 'I2', 'T1', 'T2', 'K1', 'K2', 'K3', 'K4', 'K5'],
};
const STEPS = { scv: 3, ereadiness: 5, stage: 5 };

// A varied but reproducible choice: a small hash of the item id picks among its values.
function varied(itemId, values) {
  let h = 7;
  for (const c of itemId) h = (h * 31 + c.charCodeAt(0)) % 1009;
  return values[h % values.length];
}

flow('completing all three instruments by mouse', async ({ page, base }) => {
  await page.goto(base);
  await waitForApp(page);
  await page.locator(sel.start).click();
  let route = await waitForRoute(page, (r) => r !== '/');
  if (route === '/profile') {
    await page.locator(sel.next).first().click();
    route = await waitForRoute(page, (r) => r !== '/profile');
  }
  assert.equal(route, '/assess/scv/1');
  await waitForApp(page);
  const [start] = await readProgress(page);
  assert.equal(start.answered, 0, `progress starts at 0 (${start.text})`);

  const { visited, answered, end } = await completeWizard(page, varied, 'mouse');
  const expectedSteps = Object.entries(STEPS).flatMap(([inst, n]) =>
    Array.from({ length: n }, (_, i) => `/assess/${inst}/${i + 1}`));
  assert.deepEqual(visited, expectedSteps, 'next walks every step of the three instruments in order');
  assert.equal(end, '/results', 'the last next leads to the results');

  const indicatorsSeen = new Set(Object.keys(answered).map((id) => id.split('.')[0]));
  for (const ids of Object.values(INDICATORS)) {
    for (const id of ids) assert.ok(indicatorsSeen.has(id), `the wizard asks about ${id}`);
  }

  await page.locator(sel.result('scv')).waitFor({ state: 'visible' });
  assert.equal(await page.locator(sel.provisional).count(), 0, 'no provisional mark once everything is answered');
  for (const inst of ['scv', 'ereadiness']) {
    const r = await readLikertResult(page, inst);
    assert.match(r.indexValue ?? '', /^[1-5]\.\d\d$/, `${inst} index data-value`);
    assert.match(r.level ?? '', /^[1-5]$/, `${inst} level`);
    assert.ok(r.predicate, `${inst} predicate`);
  }
  assert.match((await page.locator(sel.stageAchieved).first().innerText()).trim(), /^[0-5]$/);

  // Progress counts every statement the wizard showed, all answered.
  await page.goto(`${base}#/assess/stage/5`);
  await waitForApp(page);
  const [full] = await readProgress(page);
  assert.equal(full.total, Object.keys(answered).length, `progress total = statements shown (${full.text})`);
  assert.equal(full.answered, full.total, `everything answered (${full.text})`);
  assert.equal(full.total, start.total);

  // Back into the wizard with the mouse: the step list jumps, prev steps back, and the
  // answers given are still there.
  await page.goto(`${base}#/assess/ereadiness/3`);
  await waitForApp(page);
  const onStep3 = await checkedOnPage(page);
  const items3 = await itemsOnPage(page);
  assert.ok(items3.length > 0);
  for (const i of items3) assert.equal(onStep3[i.id], answered[i.id], `${i.id} kept`);
  await page.locator(sel.prev).first().click();
  assert.equal(await waitForRoute(page, (r) => r !== '/assess/ereadiness/3'), '/assess/ereadiness/2');
  await waitForApp(page);
  const nav = page.locator(sel.stepNav).first();
  const link = nav.locator('a[href$="#/assess/stage/4"], a[href$="/assess/stage/4"]');
  if ((await link.count()) === 0) {
    // The step list may show only the current instrument's steps.
    const own = nav.locator('a[href$="/assess/ereadiness/5"]');
    assert.ok((await own.count()) > 0, 'the step list links to the steps');
    await own.first().click();
    assert.equal(await waitForRoute(page, (r) => r !== '/assess/ereadiness/2'), '/assess/ereadiness/5');
  } else {
    await link.first().click();
    assert.equal(await waitForRoute(page, (r) => r !== '/assess/ereadiness/2'), '/assess/stage/4');
  }
  await waitForApp(page);
  const here = await checkedOnPage(page);
  for (const i of await itemsOnPage(page)) assert.equal(here[i.id], answered[i.id], `${i.id} kept after the jump`);
  assert.ok((await currentRoute(page)).startsWith('/assess/'));
});
