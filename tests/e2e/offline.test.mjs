// Offline and updates (issue 12): after one visit the app reloads and every tool works
// with the network off (the service worker precaches the whole build); when a new build is
// deployed, the page says so and the user chooses when to reload, and no answer is lost.

import { test, before, after } from 'node:test';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';
import { DIST, CHROMIUM, CHROMIUM_ARGS, assert, waitForApp, clickRadio, assertChecked } from './helpers.mjs';

let browser;
before(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
});
after(async () => {
  await browser?.close();
});

/** A copy of the build that a test may redeploy, served on its own port. */
async function deployment() {
  const root = await mkdtemp(path.join(os.tmpdir(), 'cermat-deploy-'));
  await cp(DIST, root, { recursive: true });
  const server = await startServer({ root, port: 0 });
  return { root, server };
}

async function controlled(page) {
  await page.waitForFunction(() => navigator.serviceWorker && navigator.serviceWorker.controller, null, { timeout: 20000 });
}

test('after one visit the app reloads and every tool works offline', async () => {
  const { server } = await deployment();
  const ctx = await browser.newContext({ locale: 'id-ID' });
  ctx.setDefaultTimeout(15000);
  const page = await ctx.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  try {
    await page.goto(`${server.url}#/assess/scv/1`);
    await waitForApp(page);
    await clickRadio(page, 'S1.1', '4');
    await controlled(page);
    // Its scope is the app's own folder, never wider (so in a frame too).
    assert.equal(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.scope)), server.url);
    await ctx.setOffline(true);
    await page.reload();
    await waitForApp(page);
    await assertChecked(page, 'S1.1', '4');
    // A page opened for the first time offline, by its address.
    await page.goto(`${server.url}?lang=en#/results`);
    await waitForApp(page);
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    // The views module, the tools worker and the guidance file come from the cache.
    await page.goto(`${server.url}#/method`);
    await page.locator('[data-testid=method] section').first().waitFor();
    await page.goto(`${server.url}#/share`);
    await page.locator('[data-testid=export-json]').waitFor();
    await page.goto(`${server.url}#/survey`);
    await page.locator('[data-testid=download-xlsform]').waitFor();
    await page.setInputFiles('input[data-testid=import-csv]', {
      name: 'survei.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('S1.1,S1.2\n4,5\n3,4\n'),
    });
    await page.locator('[data-testid=survey-summary]').waitFor();
    assert.equal(await page.locator('[data-testid=survey-respondents]').getAttribute('data-value'), '2');
    await page.goto(`${server.url}#/report`);
    await page.locator('[data-testid=report]').waitFor();
    await page.goto(`${server.url}#/assess/scv/2`);
    await waitForApp(page);
    // The help texts (the guidance file) are there offline too.
    await page.waitForFunction(() => (document.querySelector('fieldset[data-item="C1.1"] .help p')?.textContent || '').length > 20);
    assert.equal(await page.locator('#boot-failure').count(), 0);
    assert.deepEqual(errors, []);
  } finally {
    await ctx.close();
    await server.close();
  }
});

test('a new deployment is announced; the user reloads when ready and keeps every answer', async () => {
  const { root, server } = await deployment();
  const ctx = await browser.newContext({ locale: 'id-ID' });
  ctx.setDefaultTimeout(15000);
  const page = await ctx.newPage();
  try {
    await page.goto(`${server.url}#/assess/scv/1`);
    await waitForApp(page);
    await clickRadio(page, 'S1.1', '4');
    await controlled(page);
    const notice = page.locator('#update-notice');
    assert.equal(await notice.isVisible(), false, 'no notice without a new version');

    // Deploy a new build: another index.html, and so another sw.js.
    const index = await readFile(path.join(root, 'index.html'), 'utf8');
    await writeFile(path.join(root, 'index.html'), index.replace('<title', '<meta name="cermat-test-build" content="2"><title'));
    await writeFile(path.join(root, 'sw.js'), `${await readFile(path.join(root, 'sw.js'), 'utf8')}\n// build 2\n`);
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    await notice.waitFor({ state: 'visible', timeout: 20000 });
    assert.match(await notice.innerText(), /Versi baru Cermat tersedia/);
    // The user goes on working before choosing to reload.
    await clickRadio(page, 'S1.2', '2');
    assert.equal(await page.locator('meta[name=cermat-test-build]').count(), 0, 'still the old build until the user chooses');
    await Promise.all([page.waitForEvent('load'), page.locator('[data-testid=update-reload]').click()]);
    await waitForApp(page);
    assert.equal(await page.locator('meta[name=cermat-test-build]').count(), 1, 'the new build after the reload');
    await assertChecked(page, 'S1.1', '4');
    await assertChecked(page, 'S1.2', '2');
    assert.equal(await notice.isVisible(), false);
  } finally {
    await ctx.close();
    await server.close();
  }
});

test('the manifest names the app, its icons and a scope within the app', async () => {
  const manifest = JSON.parse(await readFile(path.join(DIST, 'manifest.webmanifest'), 'utf8'));
  assert.equal(manifest.short_name, 'Cermat');
  assert.equal(manifest.scope, './');
  for (const icon of manifest.icons) {
    const bytes = await readFile(path.join(DIST, icon.src));
    assert.ok(bytes.length > 100, icon.src);
  }
  const sw = await readFile(path.join(DIST, 'sw.js'), 'utf8');
  for (const file of ['cermat-views-', 'cermat-tools-', 'cermat-guidance-', 'manifest.webmanifest']) {
    assert.ok(sw.includes(`./${file}`), `sw.js precaches ${file}`);
  }
  assert.ok(!sw.includes('"./sw.js"'), 'not itself');
});
