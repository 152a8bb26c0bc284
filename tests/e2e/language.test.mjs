// Switching the language at any time keeps every answer and changes the texts, the
// <html lang> attribute and the pressed state of the language buttons; ?lang= chooses
// the starting language and the browser's language is the fallback. The content's
// English is not in the first-load module (the `lean-content` feature): it comes with the
// guidance file, fetched at once in English on any page, and until then the content
// shows in Indonesian.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  flow, assert, sel, waitForApp, clickRadio, checkedOnPage, readProgress, bodyText, DIST,
} from './helpers.mjs';

/** The guidance file's content English (`t` records): Indonesian -> English. */
async function contentEnglish() {
  const name = (await readdir(DIST)).find((f) => /^cermat-guidance-[0-9a-f]+\.txt$/.test(f));
  assert.ok(name, 'the build wrote a guidance file');
  const lines = (await readFile(path.join(DIST, name), 'utf8')).split('\n');
  return new Map(lines.filter((l) => l.startsWith('t\t')).map((l) => l.split('\t').slice(1)));
}

/** The statements shown on the page (the text only, without id or mark). */
async function statements(page) {
  return page.$$eval('fieldset[data-item] .q-text', (q) => q.map((x) => x.innerText.trim()));
}

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
  // The statements' English comes with the guidance file (asked for on this step already).
  await page.waitForFunction((before) => {
    const now = [...document.querySelectorAll('fieldset[data-item] legend')].map((l) => l.innerText.trim());
    return now.length === before.length && now.every((t, i) => t !== before[i]);
  }, textId.legends);
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

flow('the content\'s English is not in the first-load module but in the guidance file, fetched at once in English', async ({ page, base }) => {
  const english = await contentEnglish();
  const [s11Id, s11En] = [...english].find(([, en]) => en.startsWith('Our government has an agreed'));
  const files = await readdir(DIST);
  const wasm = files.find((f) => /^cermat-[0-9a-f]+_bg\.wasm$/.test(f));
  const bytes = await readFile(path.join(DIST, wasm));
  assert.ok(bytes.includes(Buffer.from(s11Id)), 'the first-load module holds the Indonesian statement');
  assert.ok(!bytes.includes(Buffer.from(s11En)), 'and not its English');
  for (const name of ['Integrated and measured', 'E-government success elements: Support, Capacity, Value']) {
    assert.ok([...english.values()].includes(name), `the guidance file has "${name}"`);
    assert.ok(!bytes.includes(Buffer.from(name)), `the first-load module has no "${name}"`);
  }

  const guidance = [];
  page.on('request', (r) => { if (/cermat-guidance-/.test(r.url())) guidance.push(r.url()); });
  // In Indonesian a page without help or recommendations needs no guidance file...
  await page.goto(`${base}?lang=id#/profile`);
  await waitForApp(page);
  await page.waitForTimeout(500);
  assert.deepEqual(guidance, [], 'no guidance file for the Indonesian profile page');
  // ... in English it is fetched at once, for the content's English.
  const fetched = page.waitForResponse(/cermat-guidance-/);
  await page.locator(sel.langEn).first().click();
  await fetched;
  assert.equal(guidance.length, 1);
  await page.evaluate(() => { location.hash = '#/assess/scv/1'; });
  await waitForApp(page);
  await page.waitForFunction((en) => document.querySelector('fieldset[data-item="S1.1"] .q-text')?.innerText.trim() === en, s11En);
  for (const text of await statements(page)) {
    assert.ok([...english.values()].includes(text), `"${text}" is a statement's English`);
  }
  assert.equal(guidance.length, 1, 'fetched once for the life of the page');
});

flow('until the guidance file is there, English pages show the content in Indonesian, then in English', async ({ page, base, context }) => {
  const english = await contentEnglish();
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await context.route(/cermat-guidance-/, async (route) => { await held; await route.continue(); });
  // Step 2 (not the prerendered step): drawn by the app alone.
  await page.goto(`${base}?lang=en#/assess/scv/2`);
  await waitForApp(page);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  const before = await statements(page);
  assert.ok(before.length >= 3);
  for (const text of before) assert.ok(english.has(text), `"${text}" is the Indonesian of a content text`);
  release();
  await page.waitForFunction((want) => {
    const now = [...document.querySelectorAll('fieldset[data-item] .q-text')].map((q) => q.innerText.trim());
    return now.length === want.length && now.every((t, i) => t === want[i]);
  }, before.map((id) => english.get(id)));
  // The results page: instrument names and stage names in English too.
  await page.evaluate(() => { location.hash = '#/results'; });
  await waitForApp(page);
  const body = await bodyText(page);
  assert.ok(body.includes('E-government success elements: Support, Capacity, Value'), 'the instrument\'s English name');
  assert.ok(!body.includes('Elemen sukses e-government'), 'not its Indonesian');
});
