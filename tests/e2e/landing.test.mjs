// Landing: the page loads from dist/ with no error and no request outside the origin,
// names what Cermat measures, and Start leads into the wizard. The landing is a static
// shell in index.html: it is readable, in the right language, and Start and Resume work
// before the WebAssembly has arrived (the flows below hold the wasm response back to see
// the shell alone, then let it through and check where the app lands).
import { AxeBuilder } from '@axe-core/playwright';
import {
  flow, assert, sel, waitForApp, waitForRoute, wizardStep, bodyText, itemsOnPage, currentRoute, clickRadio,
} from './helpers.mjs';

flow('landing loads and Start goes to the wizard', async ({ page, base }) => {
  await page.goto(base);
  await waitForApp(page);
  assert.equal(await currentRoute(page), '/', 'the bare URL shows the landing');
  assert.ok(['id', 'en'].includes(await page.getAttribute('html', 'lang')), 'html lang is id or en');
  const text = await bodyText(page);
  assert.ok(text.length > 200, `the landing says what Cermat does (got ${text.length} characters)`);
  const start = page.locator(sel.start);
  await start.waitFor({ state: 'visible' });
  assert.equal(await page.locator(`${sel.resume}:visible`).count(), 0, 'no resume button before any answer');
  assert.equal(await page.locator('[data-testid=reset]:visible').count(), 0, 'no start-over button before any answer');
  await start.click();
  // Start may pass through the optional profile page; its `next` leads into the wizard.
  let route = await waitForRoute(page, (r) => r !== '/');
  if (route === '/profile') {
    await page.locator(sel.next).first().click();
    route = await waitForRoute(page, (r) => r !== '/profile');
  }
  await waitForApp(page);
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

// ---------------------------------------------------------------------------------------
// The static shell, before the app.

/** Holds back every .wasm response until `release()` is called. */
async function holdWasm(page) {
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  let requested = false;
  await page.route(/\.wasm(\?|$)/, async (route) => {
    requested = true;
    await released;
    // A request the page gave up on meanwhile (a reload) can no longer be answered.
    await route.fallback().catch(() => {});
  });
  return { release: () => release(), requested: () => requested };
}

/** Loads a URL without waiting for the load event (which a held wasm preload delays). */
const load = (page, url) => page.goto(url, { waitUntil: 'commit' });

const appMounted = (page) => page.locator(sel.langId).count().then((n) => n > 0);

/** The visible text of a locator, whitespace squeezed. */
async function visibleText(locator) {
  return (await locator.innerText()).replace(/\s+/g, ' ').trim();
}

flow('before the app: the shell is readable, in the browser\'s language, and passes axe', async ({ page, base, newContext }) => {
  const wasm = await holdWasm(page);
  await load(page, base);
  await page.locator(sel.start).waitFor({ state: 'visible' });
  assert.equal(await appMounted(page), false, 'the app has not started');
  assert.equal(await page.getAttribute('html', 'lang'), 'id', 'an Indonesian browser gets Indonesian');
  const text = await bodyText(page);
  assert.ok(text.length > 600, `the landing is there without the app (${text.length} characters)`);
  assert.match(text, /Seberapa siap daerah Anda/);
  assert.doesNotMatch(text, /How ready is your region/, 'only one language is shown');
  assert.match(await visibleText(page.locator(sel.start)), /^Mulai penilaian$/);
  assert.equal(await page.locator(`${sel.resume}:visible`).count(), 0, 'no Resume without saved work');
  assert.equal(await page.locator('h1:visible').count(), 1, 'one visible h1');
  assert.equal(await page.locator('main:visible').count(), 1, 'one main landmark');
  const { violations } = await new AxeBuilder({ page }).analyze();
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  assert.deepEqual(bad, [], 'axe on the static shell');
  wasm.release();
  await waitForApp(page);
  assert.equal(await page.locator(sel.start).count(), 1, 'one Start link once the app is there');
  assert.equal(await page.locator('main').count(), 1, 'one main once the app is there');
  assert.ok(await page.locator('main #landing').isVisible(), 'the app shows the static landing in its main');

  // The same rule as the app: ?lang= before the browser's language.
  const en = await (await newContext({ locale: 'en-GB' })).newPage();
  const heldEn = await holdWasm(en);
  await load(en, `${base}?lang=id`);
  await en.locator(sel.start).waitFor({ state: 'visible' });
  assert.equal(await en.getAttribute('html', 'lang'), 'id', '?lang=id wins over an English browser');
  await load(en, base);
  await en.locator(sel.start).waitFor({ state: 'visible' });
  assert.equal(await en.getAttribute('html', 'lang'), 'en', 'an English browser gets English');
  assert.match(await bodyText(en), /How ready is your region/);
  assert.match(await visibleText(en.locator(sel.start)), /^Start the assessment$/);
  // The shell's own ID/EN links switch at once and are remembered for the app.
  await en.locator('[data-lang=id]').click();
  assert.equal(await en.getAttribute('html', 'lang'), 'id');
  assert.match(await bodyText(en), /Seberapa siap daerah Anda/);
  heldEn.release();
  await waitForApp(en);
  assert.equal(await en.getAttribute('html', 'lang'), 'id', 'the app keeps the language chosen before it started');
  assert.equal(await en.locator(sel.langId).getAttribute('aria-pressed'), 'true');
});

flow('Start clicked before the app is there is not lost: the app opens the profile', async ({ page, base }) => {
  const wasm = await holdWasm(page);
  await load(page, base);
  await page.locator(sel.start).click();
  assert.equal(await currentRoute(page), '/profile');
  assert.equal(await appMounted(page), false, 'the click came before the app');
  const loading = page.locator('.shell-loading');
  await loading.waitFor({ state: 'visible' });
  assert.match(await visibleText(loading), /^Memuat…$/, 'the click visibly does something');
  assert.equal(await page.locator('#landing').isVisible(), false, 'the landing makes way for it');
  assert.ok(wasm.requested(), 'the wasm was asked for');
  wasm.release();
  await waitForApp(page);
  await page.locator(sel.next).first().waitFor({ state: 'visible' });
  assert.equal(await currentRoute(page), '/profile', 'the app shows the profile');
  assert.equal(await page.locator('.shell-loading').count(), 0, 'the shell is gone');
  assert.equal(await page.locator('#landing').isVisible(), false);
  // Back to the landing: the app shows the static landing again.
  await page.goBack();
  await waitForRoute(page, (r) => r === '/');
  await page.locator(sel.start).waitFor({ state: 'visible' });
  assert.match(await bodyText(page), /Yang diukur/);
});

flow('saved work: Resume shows before the app, leads on, and Start over clears it', async ({ page, base }) => {
  // Some work first: two answers on step 1 and one on step 2.
  await page.goto(`${base}#/assess/scv/1`);
  await waitForApp(page);
  const items = await itemsOnPage(page);
  await clickRadio(page, items[0].id, '4');
  await clickRadio(page, items[1].id, '2');
  await page.goto(`${base}#/`);
  await page.reload();
  await waitForApp(page);
  const resume = page.locator(sel.resume);
  await resume.waitFor({ state: 'visible' });
  assert.equal(await resume.getAttribute('href'), '#/assess/scv/1', 'Resume leads to the first unanswered item');
  assert.match(await visibleText(page.locator('#landing-saved')), /^2 dari \d+ butir sudah dijawab/);

  // A new visit with the wasm held back: Resume is there at once, and works.
  const wasm = await holdWasm(page);
  await page.reload({ waitUntil: 'commit' });
  await resume.waitFor({ state: 'visible' });
  assert.equal(await appMounted(page), false);
  await resume.click();
  await page.locator('.shell-loading').waitFor({ state: 'visible' });
  wasm.release();
  await waitForApp(page);
  const route = await waitForRoute(page, (r) => r !== '/?resume');
  assert.equal(route, '/assess/scv/1', 'the app follows a Resume clicked before it started');
  await page.locator(sel.item(items[2].id)).waitFor({ state: 'visible' });

  // Start over, from the landing: confirmed, everything is cleared.
  await page.unroute(/\.wasm(\?|$)/);
  await page.goto(`${base}#/`);
  await waitForApp(page);
  // Asked in the page, under the button: Cancel keeps everything, Yes clears it.
  page.on('dialog', (d) => { d.dismiss(); throw new Error(`a browser dialog was opened: ${d.message()}`); });
  await page.locator('[data-testid=reset]').click();
  await page.locator('[data-testid=reset-no]').click();
  await page.locator('#reset-confirm').waitFor({ state: 'hidden' });
  assert.ok(await page.evaluate(() => document.documentElement.hasAttribute('data-saved')), 'Cancel keeps the work');
  await page.locator('[data-testid=reset]').click();
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'reset-yes', 'the question takes the focus');
  await page.locator('[data-testid=reset-yes]').click();
  await page.waitForFunction(() => !document.documentElement.hasAttribute('data-saved'));
  assert.equal(await page.locator(`${sel.resume}:visible`).count(), 0, 'Resume is gone after starting over');
  assert.equal(await page.locator('[data-testid=reset]:visible').count(), 0);
  await page.locator(sel.start).click();
  await waitForRoute(page, (r) => r === '/profile');
  await page.goto(`${base}#/assess/scv/1`);
  await waitForApp(page);
  assert.ok((await itemsOnPage(page)).every((i) => i.checked === null), 'no answer is left');
});
