// A damaged or truncated saved state never gives a blank page: the app says so
// (recovery notice) and stays usable. The storage key is not hard-coded: the flow answers
// once, sees which key(s) the app wrote, and damages those.
import {
  flow, assert, sel, waitForApp, clickRadio, itemsOnPage, storageSnapshot, bodyText, checkedOnPage,
} from './helpers.mjs';

async function saveSomething(page, base) {
  await page.goto(`${base}#/assess/scv/1`);
  await waitForApp(page);
  const items = await itemsOnPage(page);
  await clickRadio(page, items[0].id, '5');
  await clickRadio(page, items[1].id, '2');
  await page.goto(`${base}#/assess/stage/1`);
  await waitForApp(page);
  await clickRadio(page, 'E1', 'yes');
  await page.waitForFunction(() => localStorage.length > 0, null, { timeout: 5000 }).catch(() => {});
  const saved = await storageSnapshot(page);
  assert.ok(saved && Object.keys(saved).length > 0, 'answers are saved in localStorage');
  return saved;
}

async function assertUsableWithNotice(page, base) {
  await waitForApp(page);
  await page.locator(sel.recoveryNotice).first().waitFor({ state: 'visible' });
  const text = await bodyText(page);
  assert.ok(text.length > 100, 'not a blank page');
  // Still usable: the wizard answers and moves on.
  await page.goto(`${base}#/assess/scv/1`);
  await waitForApp(page);
  const items = await itemsOnPage(page);
  assert.ok(items.length > 0, 'the wizard still shows statements');
  await clickRadio(page, items[items.length - 1].id, '3');
}

const DAMAGE = {
  garbage: () => '}{ not json \u0000\uFFFF',
  truncated: (value) => value.slice(0, Math.max(1, Math.floor(value.length / 2))),
  'wrong shape': () => JSON.stringify({ version: 999, answers: 'everything', scv: [1, 2, 3] }),
};

for (const [kind, damage] of Object.entries(DAMAGE)) {
  flow(`a ${kind} saved state shows the recovery notice, not a blank page`, async ({ page, base }) => {
    const saved = await saveSomething(page, base);
    const damaged = Object.entries(saved).map(([k, v]) => [k, damage(v)]);
    await page.evaluate((entries) => {
      for (const [k, v] of entries) localStorage.setItem(k, v);
    }, damaged);
    await page.goto(`${base}#/`);
    await page.reload();
    await assertUsableWithNotice(page, base);
  });
}

flow('garbage under the saved key before the very first load still starts', async ({ page, base, newContext }) => {
  // Learn the key(s) from a first context, then put garbage there before the app's code
  // runs in a second, fresh one.
  const saved = await saveSomething(page, base);
  const keys = Object.keys(saved);
  const ctx = await newContext({}, [
    (ks) => {
      try {
        for (const k of ks) window.localStorage.setItem(k, '\u0001garbage{[(');
      } catch {
        // about:blank and other documents without storage
      }
    },
    keys,
  ]);
  const p = await ctx.newPage();
  await p.goto(base);
  await assertUsableWithNotice(p, base);
  // Nothing of the damaged state is shown as answers.
  await p.goto(`${base}#/assess/stage/1`);
  await waitForApp(p);
  assert.deepEqual(await checkedOnPage(p), {});
});
