// Embedding (issue 8): a portal on another origin pastes the snippet (a [data-cermat]
// element and embed.js). The frame follows the app's content height as the visitor moves
// through it, the app shows its compact bar, result links open on the portal, and the
// host events reach the origin the portal named, and no other.

import { test, before, after } from 'node:test';
import { writeFile, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';
import { DIST, CHROMIUM, CHROMIUM_ARGS, assert, sel } from './helpers.mjs';
import { GOLDEN_FULL } from './share-fixtures.mjs';

let browser, app, host;
before(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  app = await startServer({ root: DIST, port: 0 });
  const dir = await mkdtemp(path.join(os.tmpdir(), 'cermat-portal-'));
  // A real server on another loopback address: another origin, and the same address
  // space (a page the browser sees as public may not frame a loopback address).
  host = await startServer({ root: dir, port: 0, host: '127.0.0.2' });
  const hostOrigin = new URL(host.url).origin;
  const page = (attrs) => `<!doctype html><meta charset="utf-8"><title>Portal Diskominfo</title>
<style>body { margin: 0; font-family: sans-serif } header, footer { height: 300px; background: #ddd }</style>
<header>Portal</header>
<div data-cermat ${attrs}></div>
<footer>Footer</footer>
<script>
  window.__events = [];
  addEventListener('message', (e) => { if (e.data && e.data.source === 'cermat') __events.push({ origin: e.origin, data: e.data }); });
  window.__dom = [];
  document.addEventListener('cermat', (e) => __dom.push(e.detail.type));
</script>
<script src="${app.url}embed.js" async></script>`;
  await writeFile(path.join(dir, 'portal.html'), page(`data-lang="id" data-start="scv" data-accent="#7a1f5c" data-events-origin="${hostOrigin}" data-share-base="${hostOrigin}/portal.html"`));
  await writeFile(path.join(dir, 'other.html'), page('data-lang="en" data-events-origin="http://127.0.0.3:9" data-accent="#ffee00"'));
  await writeFile(path.join(dir, 'plain.html'), page('data-start="stage"'));
});
after(async () => {
  await browser?.close();
  await app?.close();
  await host?.close();
});

async function portal(name, hash = '') {
  const ctx = await browser.newContext({ locale: 'id-ID', viewport: { width: 1100, height: 800 } });
  ctx.setDefaultTimeout(15000);
  const page = await ctx.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${host.url}${name}${hash}`);
  const iframe = page.locator('iframe');
  await iframe.waitFor();
  const frame = page.frameLocator('iframe');
  await frame.locator(sel.langId).first().waitFor();
  return { ctx, page, iframe, frame, errors };
}

/** The frame's height equals the app's content height (within 4 px), with no inner scroll. */
async function heightFollows(page, what) {
  const frameHandle = await page.locator('iframe').elementHandle();
  const inner = await frameHandle.contentFrame();
  let last;
  for (let i = 0; i < 40; i++) {
    const outer = await page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height);
    const content = await inner.evaluate(() => document.documentElement.getBoundingClientRect().height);
    const scroll = await inner.evaluate(() => document.scrollingElement.scrollHeight - document.scrollingElement.clientHeight);
    last = { outer, content, scroll };
    if (Math.abs(outer - content) <= 4 && scroll <= 4) return last;
    await page.waitForTimeout(100);
  }
  assert.fail(`${what}: the frame is ${last.outer}px for ${last.content}px of content (inner scroll ${last.scroll}px)`);
}

test('the snippet makes a frame that follows the content height on every page', async () => {
  const { ctx, page, iframe, frame, errors } = await portal('portal.html');
  try {
    assert.match(await iframe.getAttribute('title'), /Cermat/);
    assert.match(await iframe.getAttribute('allow'), /clipboard-write/);
    assert.match(await iframe.getAttribute('allow'), /web-share/);
    assert.equal(await iframe.getAttribute('loading'), 'lazy');
    const widths = await page.evaluate(() => [document.querySelector('iframe').getBoundingClientRect().width, document.body.clientWidth]);
    assert.equal(widths[0], widths[1], 'full width');
    assert.match(await iframe.getAttribute('src'), /[?&]embed=1.*#\/assess\/scv\/1$/);

    await frame.locator(sel.item('S1.1')).waitFor();
    await heightFollows(page, 'first step');
    // The compact bar, no menu or footer of its own.
    assert.equal(await frame.locator('.main-nav').count(), 0);
    assert.equal(await frame.locator('.site-footer:visible').count(), 0);
    const full = await frame.locator('[data-testid=open-full]').getAttribute('href');
    assert.ok(full.startsWith(app.url) && !full.includes('embed='), full);
    assert.equal(await frame.locator('[data-testid=open-full]').getAttribute('target'), '_blank');
    assert.match(await frame.locator('[data-testid=host-note]').innerText(), /127\.0\.0\.2/);
    // The accent colour, dark enough for white text, is the app's.
    const accent = await frame.locator('html').evaluate((e) => getComputedStyle(e).getPropertyValue('--accent').trim());
    assert.equal(accent, '#7a1f5c');

    await frame.locator(`${sel.item('S1.1')} label`).nth(3).click();
    await frame.locator(sel.next).first().click();
    await frame.locator(sel.item('C1.1')).waitFor();
    await heightFollows(page, 'second step');
    // Once work exists, "open in a full page" carries it (the full page may not share the
    // frame's storage).
    assert.match(await frame.locator('[data-testid=open-full]').getAttribute('href'), /#\/r\/[A-Za-z0-9_-]+$/);
    for (const [route, ready] of [['#/results', sel.result('scv')], ['#/method', '[data-testid=method] section'], ['#/', '#landing h1'], ['#/share', 'input[data-testid=share-link]']]) {
      await frame.locator('html').evaluate((_, r) => { location.hash = r; }, route);
      await frame.locator(ready).first().waitFor();
      await heightFollows(page, route);
    }
    // A result link made in the frame opens on the portal.
    const link = await frame.locator('input[data-testid=share-link]').inputValue();
    assert.ok(link.startsWith(`${new URL(host.url).origin}/portal.html#/r/`), link);
    assert.deepEqual(errors, []);
  } finally {
    await ctx.close();
  }
});

test('host events reach the named origin: ready, progress, result', async () => {
  const { ctx, page, frame } = await portal('portal.html');
  try {
    await frame.locator(`${sel.item('S1.1')} label`).nth(4).click();
    await frame.locator('html').evaluate(() => { location.hash = '#/results'; });
    await frame.locator(sel.result('scv')).first().waitFor();
    await page.waitForFunction(() => __events.some((e) => e.data.type === 'result'));
    const events = await page.evaluate(() => __events);
    const from = new Set(events.map((e) => e.origin));
    assert.deepEqual([...from], [new URL(app.url).origin], 'only from the app');
    const of = (type) => events.filter((e) => e.data.type === type).map((e) => e.data);
    assert.equal(of('ready').length, 1);
    assert.ok(events.every((e) => e.data.version === 1));
    const progress = of('progress').at(-1);
    assert.deepEqual([progress.answered, progress.total], [1, 87]);
    const result = of('result').at(-1);
    assert.ok(result.link.startsWith(`${new URL(host.url).origin}/portal.html#/r/${result.code}`), result.link);
    assert.equal(result.instruments[0].id, 'scv');
    assert.equal(result.instruments[0].index, 5);
    assert.equal(result.instruments[0].predicate, 'Memuaskan');
    assert.equal(typeof result.stage.achieved, 'number');
    assert.ok(of('resize').length > 0 && of('navigate').length > 0);
    // embed.js also hands them to the page as DOM events.
    const dom = await page.evaluate(() => __dom);
    assert.ok(dom.includes('ready') && dom.includes('result'), dom.join());
  } finally {
    await ctx.close();
  }
});

for (const name of ['other.html', 'plain.html']) {
  test(`no host event reaches a page that did not name its own origin (${name})`, async () => {
    const { ctx, page, frame } = await portal(name);
    try {
      await frame.locator('html').evaluate(() => { location.hash = '#/assess/scv/1'; });
      await frame.locator(`${sel.item('S1.1')} label`).nth(2).click();
      await frame.locator('html').evaluate(() => { location.hash = '#/results'; });
      await frame.locator(sel.result('scv')).first().waitFor();
      await page.waitForTimeout(1500);
      const types = await page.evaluate(() => __events.map((e) => e.data.type));
      assert.ok(types.includes('resize'), 'the frame still follows the content');
      assert.deepEqual(types.filter((t) => /ready|progress|result/.test(t)), []);
      assert.equal(await frame.locator('[data-testid=host-note]').count(), 0, 'no "this site receives" line');
      if (name === 'other.html') {
        const accent = await frame.locator('html').evaluate((e) => getComputedStyle(e).getPropertyValue('--accent').trim());
        assert.equal(accent, '#0b5f74', 'an accent too light for white text is not used');
        assert.equal(await frame.locator('html').getAttribute('lang'), 'en');
      }
    } finally {
      await ctx.close();
    }
  });
}

test('a result link on the portal opens in the frame', async () => {
  const { ctx, frame } = await portal('portal.html', `#/r/${GOLDEN_FULL}`);
  try {
    await frame.locator('[data-testid=shared-banner]').waitFor();
  } finally {
    await ctx.close();
  }
});

test('the Sematkan page builds the snippet, names a wrong option, and previews embed mode', async () => {
  const ctx = await browser.newContext({ locale: 'id-ID', viewport: { width: 1100, height: 900 } });
  ctx.setDefaultTimeout(15000);
  const page = await ctx.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  try {
    await page.goto(`${app.url}#/`);
    await page.locator('a[href="#/embed"]').first().click();
    await page.locator('[data-testid=embed] h1').waitFor();
    const snippet = page.locator('[data-testid=embed-snippet]');
    assert.equal(await snippet.inputValue(), `<div data-cermat></div>\n<script src="${app.url}embed.js" async></script>`);
    await page.selectOption('[data-testid=embed-start]', 'stage');
    await page.selectOption('[data-testid=embed-lang]', 'id');
    await page.fill('[data-testid=embed-accent]', '#ffee00');
    await page.locator('[data-testid=embed-accent]').blur();
    const problem = page.locator('[data-testid=embed-accent-problem]');
    await problem.waitFor();
    assert.match(await problem.innerText(), /terlalu terang/);
    assert.ok(!(await snippet.inputValue()).includes('data-accent'), 'a wrong option is left out');
    await page.fill('[data-testid=embed-accent]', '#7a1f5c');
    await page.locator('[data-testid=embed-accent]').blur();
    await problem.waitFor({ state: 'detached' });
    assert.match(await snippet.inputValue(), /^<div data-cermat data-lang="id" data-start="stage" data-accent="#7a1f5c"><\/div>/);
    // The preview is the app in embed mode with those options.
    const preview = page.frameLocator('[data-testid=embed-preview]');
    await preview.locator(sel.item('E1')).waitFor();
    assert.equal(await preview.locator('html').getAttribute('data-embed'), '');
    // Copy: done, or the code selected for a manual copy; said right under the button.
    await page.locator('[data-testid=embed-copy]').click();
    await page.locator('[data-testid=embed-code-card] [data-testid=tool-status]').waitFor();
    assert.deepEqual(errors, []);
  } finally {
    await ctx.close();
  }
});
