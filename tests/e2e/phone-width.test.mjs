// At 360 px wide (a small phone) nothing overflows horizontally on any page.
import { flow, assert, waitForApp, completeWizard, sel } from './helpers.mjs';
import { knownAnswer } from './known-answers.mjs';

const WIDTH = 360;

async function assertNoOverflow(page, label) {
  const r = await page.evaluate(() => {
    const w = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll('body *')]
      .filter((el) => {
        const b = el.getBoundingClientRect();
        return b.width > 0 && (b.right > w + 0.5 || b.left < -0.5) && getComputedStyle(el).position !== 'fixed';
      })
      .filter((el) => !el.closest('[hidden], [aria-hidden=true]'))
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : ''}` +
        ` [${Math.round(el.getBoundingClientRect().left)}..${Math.round(el.getBoundingClientRect().right)}]`);
    return { scrollWidth: document.documentElement.scrollWidth, bodyScroll: document.body.scrollWidth, wide };
  });
  assert.ok(r.scrollWidth <= 360 && r.bodyScroll <= 360,
    `${label}: scrollWidth ${r.scrollWidth} (body ${r.bodyScroll}) > 360; widest: ${r.wide.join(', ')}`);
}

for (const lang of ['id', 'en']) {
  flow(`phone width 360 px: no horizontal overflow (${lang})`, async ({ page, base }) => {
    for (const route of ['/', '/profile', '/assess/scv/1', '/assess/ereadiness/1', '/assess/stage/5', '/results', '/method']) {
      await page.goto(`${base}?lang=${lang}#${route}`);
      await waitForApp(page);
      await assertNoOverflow(page, `${route} (${lang})`);
    }
    await page.goto(`${base}?lang=${lang}#/assess/scv/1`);
    await waitForApp(page);
    await completeWizard(page, knownAnswer, 'mouse');
    await page.locator(sel.result('scv')).waitFor({ state: 'visible' });
    await assertNoOverflow(page, `/results complete (${lang})`);
  }, {
    context: { viewport: { width: WIDTH, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
    timeout: 180000,
  });
}

/** Controls cut off (their content wider than their box), by selector. */
async function clipped(page, selector) {
  return page.$$eval(selector, (els) => els
    .filter((el) => el.getBoundingClientRect().width > 0 && el.scrollWidth > el.clientWidth + 1)
    .map((el) => `${el.tagName.toLowerCase()} "${el.textContent.trim().slice(0, 30)}" ${el.scrollWidth}>${el.clientWidth}`));
}

/** Visible controls smaller than 24 x 24 px (WCAG 2.5.8), by selector. */
async function small(page, selector) {
  return page.$$eval(selector, (els) => els
    .map((el) => [el, el.getBoundingClientRect()])
    .filter(([, b]) => b.width > 0 && b.height > 0 && (b.height < 24 || b.width < 24))
    .map(([el, b]) => `${el.tagName.toLowerCase()} "${el.textContent.trim().slice(0, 30)}" ${Math.round(b.width)}x${Math.round(b.height)}`));
}

for (const lang of ['id', 'en']) {
  flow(`phone width 360 px: the menu on one row, nothing cut off, tap targets of 24 px (${lang})`, async ({ page, base }) => {
    await page.goto(`${base}?lang=${lang}#/assess/scv/1`);
    await waitForApp(page);
    await completeWizard(page, knownAnswer, 'mouse');
    await page.locator(sel.result('scv')).waitFor({ state: 'visible' });
    const rows = await page.$$eval('.main-nav a', (links) => new Set(links.map((a) => Math.round(a.getBoundingClientRect().top))).size);
    assert.equal(rows, 1, 'the menu fits one row');
    assert.deepEqual(await clipped(page, '.main-nav a, .toolbar .button, .target select, .lang-switch button'), []);
    // Toolbar buttons in even rows: the buttons of a row as wide as each other.
    const rowsOfWidths = await page.$$eval('.toolbar .button', (b) => {
      const rows = {};
      for (const x of b) (rows[Math.round(x.getBoundingClientRect().top)] ||= []).push(Math.round(x.getBoundingClientRect().width));
      return Object.values(rows);
    });
    for (const row of rowsOfWidths) assert.equal(new Set(row).size, 1, `toolbar buttons even: ${JSON.stringify(rowsOfWidths)}`);
    assert.deepEqual(await small(page, '.site-header a, .site-header button, .site-footer a, .toolbar .button, .pager .button'), []);
    for (const [route, table] of [['/method', 'table.stack'], ['/report', 'table.report-summary']]) {
      await page.goto(`${base}?lang=${lang}#${route}`);
      await page.locator(table).first().waitFor();
      assert.deepEqual(await clipped(page, `${table} td, ${table} th`), [], `${route}: no cell cut off`);
      await assertNoOverflow(page, `${route} (${lang})`);
      assert.deepEqual(await small(page, '.site-footer a, #views .actions .button'), [], route);
    }
    await page.goto(`${base}?lang=${lang}#/`);
    await page.locator('#landing h1').waitFor();
    // With saved work the landing offers Resume and See the results; Start is not a third
    // look-alike button.
    assert.equal(await page.locator(`${sel.start}:visible`).count(), 0);
    assert.equal(await page.locator(`${sel.resume}:visible`).count(), 1);
  }, {
    context: { viewport: { width: WIDTH, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
    timeout: 180000,
  });
}
