// Landing: the page loads from dist/ with no error and no request outside the origin,
// names what Cermat measures, and Start leads into the wizard.
import { flow, assert, sel, waitForApp, waitForRoute, wizardStep, bodyText, itemsOnPage, currentRoute } from './helpers.mjs';

flow('landing loads and Start goes to the wizard', async ({ page, base }) => {
  await page.goto(base);
  await waitForApp(page);
  assert.equal(await currentRoute(page), '/', 'the bare URL shows the landing');
  assert.ok(['id', 'en'].includes(await page.getAttribute('html', 'lang')), 'html lang is id or en');
  const text = await bodyText(page);
  assert.ok(text.length > 200, `the landing says what Cermat does (got ${text.length} characters)`);
  const start = page.locator(sel.start);
  await start.waitFor({ state: 'visible' });
  assert.equal(await page.locator(sel.resume).count(), 0, 'no resume button before any answer');
  await start.click();
  // Start may pass through the optional profile page; its `next` leads into the wizard.
  let route = await waitForRoute(page, (r) => r !== '/');
  if (route === '/profile') {
    await page.locator(sel.next).first().click();
    route = await waitForRoute(page, (r) => r !== '/profile');
  }
  const step = wizardStep(route);
  assert.ok(step, `Start leads to a wizard step, got ${route}`);
  assert.deepEqual(step, { instrument: 'scv', step: 1 }, 'the wizard starts at the first instrument');
  const items = await itemsOnPage(page);
  assert.ok(items.length > 0, 'the first step shows statements');
  assert.ok(items.every((i) => /^S\d\.\d+$/.test(i.id)), `step 1 holds element Support (got ${items.map((i) => i.id)})`);
  assert.ok(items.every((i) => i.values.join(',') === '1,2,3,4,5,na'), 'each statement offers 1-5 and N/A');
  assert.ok(items.every((i) => i.checked === null), 'nothing is answered yet');
});

flow('an unknown route shows a page-not-found message with a way home, not a blank page', async ({ page, base }) => {
  await page.goto(`${base}#/no/such/page`);
  await waitForApp(page);
  const text = await bodyText(page);
  assert.ok(text.length > 20, 'the page is not blank');
  // A link home: any link in the page's main content whose target is the landing route.
  const marked = await page.evaluate(() => {
    const links = [...document.querySelectorAll('main a[href], [role=main] a[href], a[href]')];
    const home = links.find((a) => {
      const u = new URL(a.href, location.href);
      return u.pathname === location.pathname && (u.hash === '' || u.hash === '#' || u.hash === '#/');
    });
    if (home) home.setAttribute('data-test-home', '1');
    return Boolean(home);
  });
  assert.ok(marked, 'a link leads home');
  await page.locator('[data-test-home]').first().click();
  await waitForRoute(page, (r) => r === '/');
  await page.locator(sel.start).waitFor({ state: 'visible' });
});
