// Where browser storage is unavailable the app still works and says that answers will not
// be kept: storage that throws on access (private modes, blocked cookies), storage that
// throws on write (a full quota), and a sandboxed iframe without allow-same-origin.
import {
  flow, assert, sel, waitForApp, waitForRoute, clickRadio, checkedOnPage, readLikertResult,
  itemsOnPage,
} from './helpers.mjs';

// Runs in the page before any of the app's code: every access to the storages throws, as
// with cookies blocked.
function storageThrowsOnAccess() {
  for (const name of ['localStorage', 'sessionStorage']) {
    Object.defineProperty(window, name, {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  }
}

// Storage is there but every write fails, as with a full quota.
function storageThrowsOnWrite() {
  Storage.prototype.setItem = function setItem() {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
}

async function answerAndSeeResults(page, base) {
  // Answer all of Support (step 1) by mouse, then look at the results.
  const items = await itemsOnPage(page);
  assert.ok(items.length > 0);
  for (const i of items) await clickRadio(page, i.id, '4');
  await page.locator(sel.next).first().click();
  await waitForRoute(page, (r) => r === '/assess/scv/2');
  await waitForApp(page);
  await page.locator(sel.prev).first().click();
  await waitForRoute(page, (r) => r === '/assess/scv/1');
  await waitForApp(page);
  const kept = await checkedOnPage(page);
  for (const i of items) assert.equal(kept[i.id], '4', `${i.id} kept in memory`);
  await page.goto(`${base}#/results`);
  await waitForApp(page);
  const r = await readLikertResult(page, 'scv');
  assert.equal(r.indexValue, '4.00', 'Support alone answered 4 everywhere gives 4.00');
  await page.locator(sel.provisional).first().waitFor({ state: 'visible' });
}

flow('storage that throws on access: the app works and warns', async ({ page, base }) => {
  await page.goto(base);
  await waitForApp(page);
  assert.equal(await page.evaluate(() => { try { localStorage; return 'ok'; } catch (e) { return e.name; } }), 'SecurityError');
  await page.locator(sel.storageWarning).first().waitFor({ state: 'visible' });
  await page.locator(sel.start).click();
  await waitForRoute(page, (r) => r !== '/');
  await page.goto(`${base}#/assess/scv/1`);
  await waitForApp(page);
  await page.locator(sel.storageWarning).first().waitFor({ state: 'visible' });
  await answerAndSeeResults(page, base);
}, { init: storageThrowsOnAccess });

flow('storage that throws on write: the app works and warns', async ({ page, base }) => {
  await page.goto(`${base}#/assess/scv/1`);
  await waitForApp(page);
  const first = (await itemsOnPage(page))[0];
  await clickRadio(page, first.id, '2');
  await page.locator(sel.storageWarning).first().waitFor({ state: 'visible' });
  await answerAndSeeResults(page, base);
}, { init: storageThrowsOnWrite });

flow('in a sandboxed iframe (no storage at all) the app works and warns', async ({ page, base }) => {
  // The outer page is a blank document; the app runs in an opaque origin where any use
  // of localStorage throws a SecurityError.
  await page.setContent(
    `<!doctype html><html lang="en"><title>sandbox</title>
     <iframe title="Cermat" sandbox="allow-scripts allow-forms" src="${base}#/assess/scv/1"
       style="width:1200px;height:850px;border:0"></iframe>`,
  );
  const frame = page.frames().find((f) => f.url().startsWith(base));
  assert.ok(frame, 'the iframe loads the app');
  await waitForApp(frame);
  await frame.locator(sel.storageWarning).first().waitFor({ state: 'visible' });
  const items = await itemsOnPage(frame);
  for (const i of items) await clickRadio(frame, i.id, '3');
  await frame.locator(sel.next).first().click();
  await frame.locator('fieldset[data-item^="C1."]').first().waitFor({ state: 'visible' });
  await frame.locator(sel.prev).first().click();
  await frame.locator('fieldset[data-item^="S1."]').first().waitFor({ state: 'visible' });
  await waitForApp(frame);
  const kept = await checkedOnPage(frame);
  for (const i of items) assert.equal(kept[i.id], '3', `${i.id} kept in memory`);
});
