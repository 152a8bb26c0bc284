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
