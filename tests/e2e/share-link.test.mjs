// Result links (issue 4, items 1 and 2): a link made on the share page opens the same
// results in a fresh browser; opening one never replaces the user's own saved work
// unless they confirm; a damaged link says why in the user's language; markup carried
// by a link is shown as text.
import {
  flow, assert, sel, waitForApp, completeWizard, readLikertResult, storageSnapshot,
  currentRoute, waitForRoute, clickRadio,
} from './helpers.mjs';
import { knownAnswer } from './known-answers.mjs';
import {
  GOLDEN_FULL, FULL_REGION, GOLDEN_MARKUP, MARKUP_REGION, MARKUP_UNIT, MARKUP_ASSESSOR, SAVE_KEY,
  readResults,
} from './share-fixtures.mjs';

const banner = '[data-testid=shared-banner]';

async function openShared(page, base, code, lang) {
  await page.goto(`${base}${lang ? `?lang=${lang}` : ''}#/r/${code}`);
  await waitForApp(page);
}

flow('a link made on the share page opens the same results in a fresh browser context', async ({ page, base, context, newContext }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(base).origin });
  await page.goto(`${base}?lang=id#/profile`);
  await waitForApp(page);
  await page.fill('#f-region', 'Kota Palembang');
  await page.locator(sel.next).first().click();
  await waitForRoute(page, /^\/assess\/scv\/1$/);
  await waitForApp(page);
  const { end } = await completeWizard(page, knownAnswer, 'mouse');
  assert.equal(end, '/results');
  const mine = await readResults(page, { readLikertResult, sel });
  assert.equal(mine.scv[0], '3.39', 'the known answers were given');

  await page.locator('[data-testid=results-toolbar] [data-testid=open-share]').click();
  await waitForRoute(page, /^\/share$/);
  const input = page.locator('input[data-testid=share-link]');
  await input.waitFor();
  const link = await input.inputValue();
  const code = link.slice(link.indexOf('#/r/') + 4);
  assert.ok(link.startsWith(`${base}#/r/`), `the link is this page plus #/r/<code>: ${link}`);
  assert.ok(!link.includes('?'), 'nothing in the query: a server never sees the assessment');
  assert.match(code, /^1[A-Za-z0-9_-]+$/, 'a version-1 base64url code');
  assert.ok(code.length <= 250, `a complete assessment fits in 250 characters of fragment (${code.length})`);
  const shown = page.locator('[data-testid=link-length]');
  assert.equal(await shown.getAttribute('data-value'), String(link.length), 'the page says how long the link is');
  console.log(`# result link of a complete assessment: ${link.length} characters (code ${code.length}) at ${base}`);
  await page.locator('[data-testid=qr] svg').waitFor();

  await page.locator('[data-testid=copy-link]').click();
  await page.locator('[data-testid=tool-status]').getByText('Tautan disalin.').waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link, 'the clipboard holds the link');

  // Someone else opens it.
  const other = await newContext({ locale: 'id-ID' });
  const theirs = await other.newPage();
  await theirs.goto(link);
  await waitForApp(theirs);
  await theirs.locator(banner).waitFor();
  assert.deepEqual(await readResults(theirs, { readLikertResult, sel }), mine, 'the same results');
  assert.match(await theirs.locator('[data-testid=results-for]').innerText(), /Kota Palembang/);
  for (const select of await theirs.locator('[data-testid=target]').all()) {
    assert.ok(await select.isDisabled(), 'a shared result is read-only');
  }
  assert.equal(await theirs.locator('[data-testid=next-unanswered]').count(), 0);
  const saved = (await storageSnapshot(theirs))[SAVE_KEY];
  assert.notEqual(saved, code, 'opening a link does not save it as the visitor\'s own work');
});

flow('opening a link never replaces saved work unless the user confirms', async ({ page, base, newContext }) => {
  await page.goto(`${base}#/assess/scv/1`);
  await waitForApp(page);
  await clickRadio(page, 'S1.1', '2');
  await page.waitForFunction((k) => localStorage.getItem(k) && localStorage.getItem(k).length > 0, SAVE_KEY);
  const own = (await storageSnapshot(page))[SAVE_KEY];

  await openShared(page, base, GOLDEN_FULL);
  await page.locator(banner).waitFor();
  assert.match(await page.locator('[data-testid=results-for]').innerText(), new RegExp(FULL_REGION.replace(/[().]/g, '\\$&')));
  await page.waitForTimeout(300);
  assert.equal((await storageSnapshot(page))[SAVE_KEY], own, 'viewing a link saves nothing');

  // Declined: nothing changes. Asked in the page, under the button (any browser dialog
  // fails the flow).
  page.on('dialog', (d) => { d.dismiss(); throw new Error(`a browser dialog was opened: ${d.message()}`); });
  await page.locator('[data-testid=shared-save]').click();
  const question = page.locator('[data-testid=replace-confirm]');
  await question.waitFor();
  assert.match(await question.innerText(), /Ganti isian Anda/);
  await page.locator('[data-testid=replace-no]').click();
  await question.waitFor({ state: 'detached' });
  assert.ok((await currentRoute(page)).startsWith('/r/'), 'still on the shared result');
  assert.equal((await storageSnapshot(page))[SAVE_KEY], own, 'declined: the saved work stays');

  // "Back to my assessment" leads to the user's own results.
  await page.locator('[data-testid=shared-back]').click();
  await waitForRoute(page, /^\/results$/);
  await waitForApp(page);
  assert.equal(await page.locator('[data-testid=results-for]').count(), 0, 'the own results have no region');

  // Confirmed: the link's assessment becomes the user's.
  await openShared(page, base, GOLDEN_FULL);
  await page.locator(banner).waitFor();
  await page.locator('[data-testid=shared-save]').click();
  await page.locator('[data-testid=replace-yes]').click();
  await waitForRoute(page, /^\/results$/);
  await waitForApp(page);
  assert.equal(await page.locator(banner).count(), 0);
  assert.match(await page.locator('[data-testid=results-for]').innerText(), /Penukal Abab/);
  await page.waitForFunction(([k, o]) => localStorage.getItem(k) !== o, [SAVE_KEY, own]);

  // With nothing saved there is nothing to confirm.
  const fresh = await (await newContext()).newPage();
  await openShared(fresh, base, GOLDEN_FULL);
  await fresh.locator('[data-testid=shared-save]').click();
  await waitForRoute(fresh, /^\/results$/);
  await waitForApp(fresh);
  assert.match(await fresh.locator('[data-testid=results-for]').innerText(), /Penukal Abab/);
  assert.equal(await fresh.locator('[data-testid=replace-confirm]').count(), 0, 'no question when no work would be lost');

  // Its link, as the share page shows it: a complete assessment, a 40-character region.
  await fresh.goto(`${base}#/share`);
  await waitForApp(fresh);
  const link = await fresh.locator('input[data-testid=share-link]').inputValue();
  const code = link.slice(`${base}#/r/`.length);
  assert.ok(link.startsWith(`${base}#/r/`) && code.length <= 250, link);
  console.log(`# link of a complete assessment with a 40-character region: ${link.length} characters here (code ${code.length})`);
});

flow('a damaged or unknown link says why, in Indonesian and in English', async ({ page, base }) => {
  const cases = [
    [GOLDEN_FULL.slice(0, 60), /terpotong/, /cut off/],
    [GOLDEN_FULL.slice(0, -1), /terpotong/, /cut off/],
    [`${GOLDEN_FULL}A`, /rusak/, /damaged/],
    ['9abc', /versi format/, /format version/],
    [GOLDEN_FULL.replace('q', '*'), /tidak sah/, /invalid character/],
  ];
  for (const [code, id, en] of cases) {
    await openShared(page, base, code, 'id');
    const error = page.locator('[data-testid=shared-error]');
    await error.waitFor();
    assert.match(await error.innerText(), id, `Indonesian message for ${code}`);
    assert.match(await error.innerText(), /Tautan hasil tidak dapat dibuka/);
    assert.equal(await error.locator('a[href="#/"]').count(), 1, 'a way home');
    await page.locator(sel.langEn).first().click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    assert.match(await error.innerText(), en, `English message for ${code}`);
    assert.match(await error.innerText(), /The result link could not be opened/);
    await page.locator(sel.langId).first().click();
  }
});

flow('markup carried by a link is shown as text and never runs', async ({ page, base }) => {
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  await page.addInitScript(() => { window.__alerted = false; window.alert = () => { window.__alerted = true; }; });
  await openShared(page, base, GOLDEN_MARKUP, 'en');
  await page.locator(banner).waitFor();
  const who = await page.locator('[data-testid=results-for]').innerText();
  assert.ok(who.includes(MARKUP_REGION), `the region is shown as typed: ${who}`);
  const injected = await page.evaluate(() => ({
    scripts: [...document.scripts].filter((s) => s.textContent.includes('alert(1)')).length,
    bold: document.querySelectorAll('main b').length,
    alerted: window.__alerted,
  }));
  assert.deepEqual(injected, { scripts: 0, bold: 0, alerted: false });

  // Kept as the user's own, it is text on the report's cover too (drawn by the worker).
  await page.locator('[data-testid=shared-save]').click();
  await waitForRoute(page, /^\/results$/);
  await page.goto(`${base}?lang=en#/report`);
  await waitForApp(page);
  const cover = page.locator('[data-testid=report-profile]');
  await cover.waitFor();
  const text = await cover.innerText();
  for (const value of [MARKUP_REGION, MARKUP_UNIT, MARKUP_ASSESSOR]) {
    assert.ok(text.includes(value), `${value} on the cover as text: ${text}`);
  }
  assert.equal(await page.locator('.report script, .report b').count(), 0, 'no element made from the text');
  // And the share page names the export after the region without any of it.
  await page.goto(`${base}?lang=en#/share`);
  await waitForApp(page);
  const name = await page.locator('[data-testid=export-json]').getAttribute('download');
  assert.match(name, /^cermat-script-alert-1-script-kota-b-d-ac-h-\d{4}-\d{2}-\d{2}\.json$/);
  assert.deepEqual(dialogs, [], 'no dialog was opened by the text');
  assert.equal(await page.evaluate(() => window.__alerted), false);
});

flow('the Web Share button appears only where the browser can share, and shares the link', async ({ page, base, newContext }) => {
  // Something to share first: an empty assessment offers no link.
  const answerOne = async (pg) => {
    await pg.goto(`${base}#/assess/scv/1`);
    await waitForApp(pg);
    await clickRadio(pg, 'S1.1', '4');
  };
  await answerOne(page);
  await page.goto(`${base}#/share`);
  await waitForApp(page);
  await page.locator('input[data-testid=share-link]').waitFor();
  assert.equal(await page.locator('[data-testid=web-share]').count(), 0, 'no navigator.share here');

  // A phone-like browser with the Web Share API.
  const phone = await newContext({}, () => {
    Object.defineProperty(Navigator.prototype, 'share', {
      configurable: true,
      value(data) { window.__shared = data; return Promise.resolve(); },
    });
  });
  const p = await phone.newPage();
  await answerOne(p);
  await p.goto(`${base}#/share`);
  await waitForApp(p);
  const link = await p.locator('input[data-testid=share-link]').inputValue();
  await p.locator('[data-testid=web-share]').click();
  await p.waitForFunction(() => window.__shared);
  const shared = await p.evaluate(() => window.__shared);
  assert.equal(shared.url, link, 'the share sheet gets the result link');
  assert.equal(shared.title, 'Cermat');
});
