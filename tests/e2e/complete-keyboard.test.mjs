// Completing all three instruments with the keyboard alone: Tab to move, Space and the
// arrow keys to choose a radio, Enter on buttons. The known answer set is entered this
// way, so the results also prove that keyboard answers are recorded exactly.
import {
  flow, assert, sel, waitForApp, waitForRoute, completeWizard, readLikertResult, norm,
} from './helpers.mjs';
import { knownAnswer, assertKnownResults } from './known-answers.mjs';

flow('completing all three instruments by keyboard alone', async ({ page, base }) => {
  await page.goto(base);
  await waitForApp(page);
  // Tab from the top of the page to Start, then Enter.
  let reached = false;
  for (let i = 0; i < 40 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement?.getAttribute('data-testid') === 'start');
  }
  assert.ok(reached, 'Start can be reached with Tab');
  await page.keyboard.press('Enter');
  let route = await waitForRoute(page, (r) => r !== '/');
  if (route === '/profile') {
    reached = false;
    for (let i = 0; i < 60 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.getAttribute('data-testid') === 'next');
    }
    assert.ok(reached, 'the profile page has a next button reachable with Tab');
    await page.keyboard.press('Enter');
    route = await waitForRoute(page, (r) => r !== '/profile');
  }
  assert.equal(route, '/assess/scv/1');
  const { visited, end } = await completeWizard(page, knownAnswer, 'keyboard');
  assert.equal(visited.length, 13, `13 steps (3 + 5 + 5), got ${visited.join(' ')}`);
  assert.equal(end, '/results');
  await waitForApp(page);
  await assertKnownResults(page, 'id', { assert, readLikertResult, norm, sel });
});
