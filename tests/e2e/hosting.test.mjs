// Hostile hosting (issue 8): the app runs fully under a strict Content-Security-Policy,
// and every way it can fail to start (no WebAssembly, a missing file, a wrong type with
// nosniff, a CSP without 'wasm-unsafe-eval', no script at all, a sandboxed frame, a clean
// URL without its trailing slash) shows a message in both languages within 10 s, naming
// the fix. Its own servers and pages, so not `flow()`: these pages are meant to fail.

import { test, before, after } from 'node:test';
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startServer, contentType } from '../../scripts/serve.mjs';
import { DIST, CHROMIUM, CHROMIUM_ARGS, assert, sel, waitForApp, clickRadio } from './helpers.mjs';
import { GOLDEN_FULL } from './share-fixtures.mjs';

const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; object-src 'none'; base-uri 'self'";
const NO_WASM_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";
const HOST = 'http://localhost:8765';

let browser;
const servers = {};
before(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  servers.strict = await startServer({ root: DIST, port: 0, headers: { 'Content-Security-Policy': STRICT_CSP } });
  servers.noWasm = await startServer({ root: DIST, port: 0, headers: { 'Content-Security-Policy': NO_WASM_CSP } });
  servers.plain = await startServer({ root: DIST, port: 0 });
  servers.noCors = await startServer({ root: DIST, port: 0, cors: false });
});
after(async () => {
  await browser?.close();
  for (const s of Object.values(servers)) await s.close();
});

/** A fresh context that records CSP violations and page errors in every frame. */
async function context(init) {
  const ctx = await browser.newContext({ locale: 'id-ID', viewport: { width: 1280, height: 900 } });
  ctx.setDefaultTimeout(15000);
  await ctx.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  if (init) await ctx.addInitScript(init);
  return ctx;
}

/** Waits for the start-failure message with `reason` shown; returns how long it took. */
async function failureShown(frame, reason, timeout = 10000) {
  const t0 = Date.now();
  await frame.locator(`#boot-failure [data-reason=${reason}]`).waitFor({ state: 'visible', timeout });
  const text = await frame.locator('#boot-failure').innerText();
  assert.match(text, /Cermat tidak dapat dimulai|Jawaban tidak dapat disimpan/, text);
  assert.match(text, /could not start|cannot be kept/, text);
  return Date.now() - t0;
}

const PAGES = [
  ['/', async (p) => p.locator('[data-testid=start]').waitFor()],
  ['/profile', async (p) => p.locator('#main input').first().waitFor()],
  ['/assess/scv/1', async (p) => clickRadio(p, 'S1.1', '4')],
  ['/assess/ereadiness/2', async (p) => p.locator(sel.item('IN1.1')).waitFor()],
  ['/assess/stage/1', async (p) => p.locator(sel.item('E1')).waitFor()],
  ['/results', async (p) => p.locator(sel.result('scv')).first().waitFor()],
  ['/method', async (p) => p.locator('[data-testid=method] section').first().waitFor()],
  ['/share', async (p) => p.locator('[data-testid=export-json]').waitFor()],
  ['/report', async (p) => p.locator('#views h1').waitFor()],
  [`/r/${GOLDEN_FULL}`, async (p) => p.locator('[data-testid=shared-banner]').waitFor()],
];

test('every page works under a strict Content-Security-Policy, styled, with no violation', async () => {
  const ctx = await context();
  const page = await ctx.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  try {
    for (const [route, ready] of PAGES) {
      await page.goto(`${servers.strict.url}#${route}`);
      await waitForApp(page);
      await ready(page);
      const body = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      assert.equal(body, 'rgb(244, 246, 248)', `${route} is styled by the app's stylesheet`);
      assert.deepEqual(await page.evaluate(() => window.__csp), [], `${route}: CSP violations`);
      assert.equal(await page.locator('#boot-failure').count(), 0, `${route}: no failure message`);
    }
    // The bars are SVG geometry, not style attributes.
    await page.goto(`${servers.strict.url}#/results`);
    await waitForApp(page);
    assert.ok(await page.locator('svg.score-track rect.score-fill').count() > 0);
    assert.equal(await page.locator('[style]').count(), 0, 'no element has a style attribute');
    assert.deepEqual(errors, []);
  } finally {
    await ctx.close();
  }
});

test('no WebAssembly: the message says so, at once, in both languages', async () => {
  const ctx = await context(() => { delete globalThis.WebAssembly; });
  const page = await ctx.newPage();
  try {
    await page.goto(`${servers.plain.url}#/assess/scv/1`);
    assert.ok(await failureShown(page, 'nowasm') < 10000);
    assert.equal(await page.locator('#boot-failure [data-reason=general]').isVisible(), false);
  } finally {
    await ctx.close();
  }
});

// Trunk's hashes are written without leading zeros: 15 hex digits in one build of 16.
test('a missing WebAssembly file (a partial upload) is explained within 10 s', async () => {
  const ctx = await context();
  await ctx.route(/\/cermat-[0-9a-f]+_bg\.wasm$/, (r) => r.fulfill({ status: 404, body: 'not found' }));
  const page = await ctx.newPage();
  try {
    await page.goto(servers.plain.url);
    await failureShown(page, 'general');
    assert.match(await page.locator('#boot-failure').innerText(), /application\/wasm/);
  } finally {
    await ctx.close();
  }
});

for (const [what, pattern] of [['the app\'s script', /\/cermat-[0-9a-f]+\.js$/], ['the boot script', /\/boot-[0-9a-f]+\.js$/]]) {
  test(`${what} served with a wrong type and nosniff is explained within 10 s`, async () => {
    const ctx = await context();
    await ctx.route(pattern, async (r) => {
      const body = await readFile(path.join(DIST, path.basename(new URL(r.request().url()).pathname)));
      await r.fulfill({ status: 200, body, headers: { 'Content-Type': 'text/plain', 'X-Content-Type-Options': 'nosniff' } });
    });
    const page = await ctx.newPage();
    try {
      await page.goto(`${servers.plain.url}#/assess/scv/1`);
      // Without the boot script nothing can name the reason: the stylesheet shows the
      // general message by itself after 10 s.
      await failureShown(page, 'general', 12500);
    } finally {
      await ctx.close();
    }
  });
}

test('a CSP without wasm-unsafe-eval is named, with the directive to add', async () => {
  const ctx = await context();
  const page = await ctx.newPage();
  try {
    await page.goto(servers.noWasm.url);
    await failureShown(page, 'csp');
    assert.match(await page.locator('#boot-failure').innerText(), /wasm-unsafe-eval/);
  } finally {
    await ctx.close();
  }
});

test('a clean URL without its trailing slash says to add it, and the slashed one works', async () => {
  const ctx = await context();
  const index = await readFile(path.join(DIST, 'index.html'));
  // The host serves the app's index.html at /apps/cermat and its files under /apps/cermat/.
  await ctx.route(`${HOST}/**`, async (r) => {
    const { pathname } = new URL(r.request().url());
    if (pathname === '/apps/cermat' || pathname === '/apps/cermat/') return r.fulfill({ body: index, contentType: 'text/html' });
    if (!pathname.startsWith('/apps/cermat/')) return r.fulfill({ status: 404, body: 'not found' });
    const body = await readFile(path.join(DIST, pathname.slice('/apps/cermat/'.length))).catch(() => null);
    return body ? r.fulfill({ body, contentType: contentType(pathname) }) : r.fulfill({ status: 404, body: 'not found' });
  });
  const page = await ctx.newPage();
  try {
    await page.goto(`${HOST}/apps/cermat#/assess/scv/1`);
    await failureShown(page, 'general');
    assert.match(await page.locator('#boot-failure').innerText(), /garis miring[\s\S]*must end with a slash/);
    await page.goto(`${HOST}/apps/cermat/#/assess/scv/1`);
    await waitForApp(page);
    await clickRadio(page, 'S1.1', '4');
  } finally {
    await ctx.close();
  }
});

/**
 * A host page on another origin (a real server on 127.0.0.2: a page the browser would
 * see as public may not frame a loopback address at all) framing the app with `sandbox`.
 */
async function sandboxed(server, sandbox) {
  const ctx = await context();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'cermat-host-'));
  const src = `${server.url}#/assess/scv/1`;
  await writeFile(path.join(dir, 'index.html'),
    `<!doctype html><title>Portal</title><iframe sandbox="${sandbox}" src="${src}" title="Cermat" width="1000" height="800"></iframe>`);
  const host = await startServer({ root: dir, port: 0, host: '127.0.0.2' });
  servers[`host-${Object.keys(servers).length}`] = host;
  const page = await ctx.newPage();
  await page.goto(host.url);
  const frame = page.frameLocator('iframe');
  return { ctx, page, frame };
}

test('a sandbox without allow-same-origin is named within 10 s (a host without CORS)', async () => {
  const { ctx, frame } = await sandboxed(servers.noCors, 'allow-scripts allow-forms allow-popups');
  try {
    await failureShown(frame, 'sandbox');
    assert.match(await frame.locator('#boot-failure').innerText(), /allow-same-origin/);
  } finally {
    await ctx.close();
  }
});

test('a sandbox without allow-same-origin keeps its message even where the app can run (CORS open)', async () => {
  const { ctx, frame } = await sandboxed(servers.plain, 'allow-scripts allow-forms allow-popups');
  try {
    await failureShown(frame, 'sandbox');
    await frame.locator(sel.langId).first().waitFor();
    assert.ok(await frame.locator('#boot-failure [data-reason=sandbox]').isVisible(), 'still explained once the app runs');
  } finally {
    await ctx.close();
  }
});

test('a sandbox with allow-same-origin runs the app', async () => {
  const { ctx, frame } = await sandboxed(servers.noCors, 'allow-scripts allow-same-origin allow-forms allow-popups');
  try {
    await frame.locator(sel.radio('S1.1', '4')).first().waitFor();
    await frame.locator(sel.langId).first().waitFor();
    await frame.locator(`${sel.item('S1.1')} label`).nth(3).click();
    await frame.locator(`${sel.radio('S1.1', '4')}:checked`).waitFor();
    assert.equal(await frame.locator('#boot-failure').count(), 0);
  } finally {
    await ctx.close();
  }
});
