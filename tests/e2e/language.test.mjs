// Switching the language at any time keeps every answer and changes the texts, the
// <html lang> attribute and the pressed state of the language buttons; ?lang= chooses
// the starting language and the browser's language is the fallback.
import {
  flow, assert, sel, waitForApp, clickRadio, checkedOnPage, readProgress, bodyText,
} from './helpers.mjs';

async function pressed(page) {
  return {
    id: await page.locator(sel.langId).first().getAttribute('aria-pressed'),
    en: await page.locator(sel.langEn).first().getAttribute('aria-pressed'),
  };
}

async function visibleTexts(page) {
  return page.evaluate(() => {
    const legends = [...document.querySelectorAll('fieldset[data-item] legend')].map((l) => l.innerText.trim());
    const headings = [...document.querySelectorAll('h1, h2')].map((h) => h.innerText.trim());
    const next = document.querySelector('[data-testid=next]')?.innerText.trim();
    return { legends, headings, next };
  });
}

flow('language switch keeps answers and changes texts', async ({ page, base }) => {
  await page.goto(`${base}?lang=id#/assess/scv/1`);
  await waitForApp(page);
  assert.equal(await page.getAttribute('html', 'lang'), 'id');
  assert.deepEqual(await pressed(page), { id: 'true', en: 'false' });
  const ids = await page.$$eval('fieldset[data-item]', (f) => f.map((x) => x.dataset.item));
  const given = { [ids[0]]: '5', [ids[1]]: 'na', [ids[ids.length - 1]]: '2' };
  for (const [id, v] of Object.entries(given)) await clickRadio(page, id, v);
  const textId = await visibleTexts(page);
  const progressId = await readProgress(page);

  await page.locator(sel.langEn).first().click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.deepEqual(await pressed(page), { id: 'false', en: 'true' });
  const textEn = await visibleTexts(page);
  assert.equal(textEn.legends.length, textId.legends.length);
  textEn.legends.forEach((t, i) => assert.notEqual(t, textId.legends[i], `statement ${ids[i]} is translated`));
  assert.notDeepEqual(textEn.headings, textId.headings, 'headings are translated');
  assert.notEqual(textEn.next, textId.next, 'the next button is translated');
  assert.deepEqual(await checkedOnPage(page), given, 'answers kept after switching to English');
  assert.deepEqual((await readProgress(page)).map((p) => [p.answered, p.total]),
    progressId.map((p) => [p.answered, p.total]), 'progress kept');

  // Move on in English, answer, and switch back.
  await page.locator(sel.next).first().click();
  await page.waitForFunction(() => location.hash.endsWith('/assess/scv/2'));
  await waitForApp(page);
  const id2 = await page.$eval('fieldset[data-item]', (f) => f.dataset.item);
  await clickRadio(page, id2, '3');
  await page.locator(sel.langId).first().click();
  await page.waitForFunction(() => document.documentElement.lang === 'id');
  assert.deepEqual(await checkedOnPage(page), { [id2]: '3' });
  await page.locator(sel.prev).first().click();
  await page.waitForFunction(() => location.hash.endsWith('/assess/scv/1'));
  await waitForApp(page);
  assert.deepEqual(await checkedOnPage(page), given, 'answers kept after switching back');
  assert.deepEqual((await visibleTexts(page)).legends, textId.legends, 'the Indonesian texts are back');
});

flow('?lang=en starts in English; the browser language is the fallback', async ({ page, base, newContext }) => {
  await page.goto(`${base}?lang=en#/`);
  await waitForApp(page);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.deepEqual(await pressed(page), { id: 'false', en: 'true' });
  const en = await bodyText(page);

  const pEn = await (await newContext({ locale: 'en-GB' })).newPage();
  await pEn.goto(base);
  await waitForApp(pEn);
  assert.equal(await pEn.getAttribute('html', 'lang'), 'en', 'an English browser gets English');

  const pFr = await (await newContext({ locale: 'fr-FR' })).newPage();
  await pFr.goto(base);
  await waitForApp(pFr);
  assert.equal(await pFr.getAttribute('html', 'lang'), 'id', 'any other language gets Indonesian');
  assert.notEqual(await bodyText(pFr), en);
});
