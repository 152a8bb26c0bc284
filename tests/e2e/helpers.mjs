// Shared harness for the end-to-end flows (one `*.test.mjs` file per flow, run by
// `node --test tests/e2e/`). It serves the built site (dist/, or $CERMAT_DIST) with
// scripts/serve.mjs, drives Debian's Chromium with playwright-core, and gives each flow
// a fresh browser context whose every page is watched:
//   - an uncaught page error (a wasm panic included), a console error, a crash,
//   - a same-origin request that fails or answers >= 400 (the favicon aside),
//   - ANY request to anything but the test server's own origin (it is also aborted),
// fails the flow, after the flow's own assertions. On failure a screenshot of every open
// page goes to tests/e2e/artifacts/ (git-ignored).
//
// Adding a flow: create tests/e2e/<name>.test.mjs with
//   import { flow, expect... } from './helpers.mjs';
//   flow('what it proves', async ({ page, open, base, context, browser, guard }) => { ... });
// The hooks used (routes, data-testid, fieldset[data-item]) are those of docs/ui-contract.md.

import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const REPO = path.resolve(HERE, '..', '..');
export const DIST = path.resolve(process.env.CERMAT_DIST || path.join(REPO, 'dist'));
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const ARTIFACTS = path.join(HERE, 'artifacts');
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
/** Per-action timeout (ms): long enough for a 2-core CI machine, short enough to fail fast. */
export const ACTION_TIMEOUT = Number(process.env.CERMAT_E2E_TIMEOUT || 15000);

export { assert };

// ---------------------------------------------------------------------------------------
// One server and one browser per test file (each file is its own process).

let shared = null;
let cleanupRegistered = false;
async function sharedEnv() {
  if (!shared) {
    shared = (async () => {
      const server = await startServer({ root: DIST, port: 0, gzip: true });
      const browser = await chromium.launch({
        executablePath: CHROMIUM,
        headless: true,
        args: CHROMIUM_ARGS,
      });
      return { server, browser };
    })();
  }
  return shared;
}
// Called at the top level of a test file (by flow()), so that it runs after all its tests.
function registerCleanup() {
  if (cleanupRegistered) return;
  cleanupRegistered = true;
  after(async () => {
    if (!shared) return;
    const env = await shared.catch(() => null);
    if (!env) return;
    await env.browser.close().catch(() => {});
    await env.server.close();
  });
}

// ---------------------------------------------------------------------------------------
// Watching a context for errors and for requests that leave the origin.

export class Guard {
  constructor(origin) {
    this.origin = origin;
    this.problems = [];
    this.outside = [];
    /** Console errors matching one of these are tolerated (a flow may expect some). */
    this.allowConsole = [];
  }

  add(kind, text) {
    this.problems.push(`${kind}: ${text}`);
  }

  isOwn(url) {
    if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('about:')) return true;
    try {
      return new URL(url).origin === this.origin;
    } catch {
      return false;
    }
  }

  async attachContext(context) {
    // Abort, and record, anything addressed outside the origin: nothing may leave.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (this.isOwn(url)) return route.continue();
      this.outside.push(url);
      this.add('request outside the origin', url);
      return route.abort('blockedbyclient');
    });
    context.on('page', (page) => this.attachPage(page));
    for (const page of context.pages()) this.attachPage(page);
  }

  attachPage(page) {
    if (page.__cermatGuarded) return;
    page.__cermatGuarded = true;
    page.on('pageerror', (err) => this.add('page error', err.stack || err.message || String(err)));
    page.on('crash', () => this.add('crash', page.url()));
    page.on('console', (msg) => {
      if (msg.type() !== 'error') return;
      const text = msg.text();
      if (this.allowConsole.some((re) => re.test(text))) return;
      const loc = msg.location();
      this.add('console error', `${text}${loc && loc.url ? ` (${loc.url}:${loc.lineNumber})` : ''}`);
    });
    page.on('requestfailed', (req) => {
      const url = req.url();
      if (!this.isOwn(url)) return; // already recorded by the route
      const failure = req.failure();
      // A navigation that replaces a page can cancel its pending requests: not a fault.
      if (failure && /ERR_ABORTED/.test(failure.errorText)) return;
      this.add('request failed', `${url} ${failure ? failure.errorText : ''}`);
    });
    page.on('response', (res) => {
      const url = res.url();
      if (res.status() >= 400 && !/\/favicon\.ico$/.test(url)) {
        this.add(`HTTP ${res.status()}`, url);
      }
    });
    page.on('websocket', (ws) => {
      if (!this.isOwn(ws.url().replace(/^ws/, 'http'))) this.add('websocket outside the origin', ws.url());
    });
  }

  assertClean() {
    assert.deepEqual(this.outside, [], `requests left the origin ${this.origin}`);
    assert.deepEqual(this.problems, [], 'the page reported problems');
  }
}

function slug(text) {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80);
}

/**
 * Declares one flow. `fn` receives:
 *   page     a fresh page in a fresh context (no storage, no cache)
 *   base     the server's root URL (`http://127.0.0.1:<port>/`)
 *   open     (route, { lang, page }) => loads `base[?lang=..]#<route>` and waits for the app
 *   newContext (options, init) => another fresh context, watched and closed like the first
 *   context, browser, guard, server
 * options:
 *   context      extra options for browser.newContext (viewport, locale, ...)
 *   init         a function (or [fn, arg]) run in every page before the app (addInitScript)
 *   timeout      ms for the whole flow (default 120000)
 *   allowConsole regular expressions of console errors to tolerate
 */
export function flow(name, fn, options = {}) {
  registerCleanup();
  test(name, { timeout: options.timeout ?? 120000 }, async () => {
    const { server, browser } = await sharedEnv();
    const origin = new URL(server.url).origin;
    const guard = new Guard(origin);
    guard.allowConsole = options.allowConsole || [];
    const contexts = [];
    // Every context of the flow is watched by the same guard and closed at its end.
    const newContext = async (extra = {}, init = options.init) => {
      const context = await browser.newContext({
        locale: 'id-ID',
        viewport: { width: 1280, height: 900 },
        ...options.context,
        ...extra,
      });
      contexts.push(context);
      context.setDefaultTimeout(ACTION_TIMEOUT);
      context.setDefaultNavigationTimeout(ACTION_TIMEOUT * 2);
      if (init) {
        const [script, arg] = Array.isArray(init) ? init : [init, undefined];
        await context.addInitScript(script, arg);
      }
      await guard.attachContext(context);
      return context;
    };
    const context = await newContext();
    const page = await context.newPage();
    guard.attachPage(page);
    const open = (route = '/', opts = {}) => openRoute(opts.page || page, server.url, route, opts);
    let failure = null;
    try {
      await fn({ page, base: server.url, open, context, newContext, browser, guard, server });
    } catch (err) {
      failure = err;
    }
    if (failure || guard.problems.length) {
      await mkdir(ARTIFACTS, { recursive: true }).catch(() => {});
      let i = 0;
      for (const c of contexts) {
        for (const p of c.pages()) {
          const file = path.join(ARTIFACTS, `${slug(name)}${i ? `-${i}` : ''}.png`);
          await p.screenshot({ path: file, fullPage: true, timeout: 5000 }).catch(() => {});
          i++;
        }
      }
    }
    for (const c of contexts) await c.close().catch(() => {});
    if (failure) {
      if (guard.problems.length) {
        failure.message += `\n  page problems seen during the flow:\n    ${guard.problems.join('\n    ')}`;
      }
      throw failure;
    }
    guard.assertClean();
  });
}

// ---------------------------------------------------------------------------------------
// Navigation and reading the page, by the contract's hooks.

export const sel = {
  start: '[data-testid=start]',
  resume: '[data-testid=resume]',
  langId: '[data-testid=lang-id]',
  langEn: '[data-testid=lang-en]',
  next: '[data-testid=next]',
  prev: '[data-testid=prev]',
  stepNav: '[data-testid=step-nav]',
  progress: '[data-testid=progress]',
  storageWarning: '[data-testid=storage-warning]',
  recoveryNotice: '[data-testid=recovery-notice]',
  provisional: '[data-testid=provisional]',
  stageAchieved: '[data-testid=stage-achieved]',
  item: (id) => `fieldset[data-item="${id}"]`,
  radio: (id, value) => `fieldset[data-item="${id}"] input[type=radio][value="${value}"]`,
  result: (instrument) => `[data-testid=result-${instrument}]`,
};

/** The URL of a hash route, with an optional `?lang=`. */
export function routeUrl(base, route = '/', lang) {
  const r = route.startsWith('#') ? route : `#${route.startsWith('/') ? route : `/${route}`}`;
  return `${base}${lang ? `?lang=${lang}` : ''}${r}`;
}

// Which indicators each wizard step shows: one element (or UN stage) per step, in the
// order of docs/methodology.md.
const STEP_PREFIX = {
  scv: ['S', 'C', 'V'],
  ereadiness: ['ST', 'IN', 'SU', 'BU', 'AL'],
  stage: ['E', 'N', 'I', 'T', 'K'],
};

/** The item-id pattern of a wizard route's statements, or null for other routes. */
export function stepItemPattern(route) {
  const step = wizardStep(route);
  const prefix = step && STEP_PREFIX[step.instrument][step.step - 1];
  if (!prefix) return null;
  return step.instrument === 'stage' ? `^${prefix}\\d+$` : `^${prefix}\\d+\\.\\d+$`;
}

/**
 * Waits until the app has mounted (the language buttons are always in its header) and
 * has rendered the current route: on a wizard step, until every statement shown belongs
 * to that step's element (the hash changes before the app re-renders); on the results,
 * until they are there; elsewhere, two animation frames.
 */
export async function waitForApp(page) {
  await page.locator(sel.langId).first().waitFor({ state: 'visible' });
  const route = await currentRoute(page);
  const pattern = stepItemPattern(route);
  if (pattern) {
    await page.waitForFunction((src) => {
      const re = new RegExp(src);
      const ids = [...document.querySelectorAll('fieldset[data-item]')].map((f) => f.getAttribute('data-item'));
      return ids.length > 0 && ids.every((id) => re.test(id));
    }, pattern).catch(async () => {
      const ids = await page.$$eval('fieldset[data-item]', (f) => f.map((x) => x.getAttribute('data-item')));
      throw new assert.AssertionError({ message: `${route} should show the statements matching ${pattern}, shows ${ids.join(' ') || 'none'}` });
    });
  } else if (route === '/results') {
    await page.locator(sel.result('scv')).first().waitFor({ state: 'attached' });
  } else {
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  }
}

export async function openRoute(page, base, route = '/', { lang, reload = false } = {}) {
  await page.goto(routeUrl(base, route, lang));
  if (reload) await page.reload();
  await waitForApp(page);
}

/** The current hash route, e.g. `/assess/scv/2`. */
export async function currentRoute(page) {
  return page.evaluate(() => decodeURIComponent(location.hash.replace(/^#/, '')) || '/');
}

/** Waits until the hash route satisfies `test` (a RegExp or a predicate). */
export async function waitForRoute(page, testRoute, timeout = ACTION_TIMEOUT) {
  const deadline = Date.now() + timeout;
  let route;
  for (;;) {
    route = await currentRoute(page);
    const ok = typeof testRoute === 'function' ? testRoute(route) : testRoute.test(route);
    if (ok) return route;
    if (Date.now() > deadline) {
      throw new assert.AssertionError({ message: `route stayed ${route}, expected ${testRoute}` });
    }
    await page.waitForTimeout(25);
  }
}

/** `{ instrument, step }` of a wizard route, or null. */
export function wizardStep(route) {
  const m = /^\/assess\/(scv|ereadiness|stage)\/(\d+)\/?$/.exec(route);
  return m ? { instrument: m[1], step: Number(m[2]) } : null;
}

/**
 * The fieldsets (items) on the current page: [{ id, values: ['1',..,'na'], checked }].
 * Reads the structure only; answering is done by mouse or keyboard.
 */
export async function itemsOnPage(page) {
  return page.$$eval('fieldset[data-item]', (sets) =>
    sets.map((fs) => {
      const radios = [...fs.querySelectorAll('input[type=radio]')];
      const checked = radios.find((r) => r.checked);
      return {
        id: fs.getAttribute('data-item'),
        values: radios.map((r) => r.value),
        checked: checked ? checked.value : null,
      };
    }),
  );
}

/** Every checked answer on the page: { itemId: value }. */
export async function checkedOnPage(page) {
  const items = await itemsOnPage(page);
  return Object.fromEntries(items.filter((i) => i.checked !== null).map((i) => [i.id, i.checked]));
}

/**
 * Chooses a radio with the mouse: clicks the radio itself when it is visible, else its
 * label (custom-styled radios hide the input). Playwright's click checks that the target
 * is visible, stable and not covered, then moves the mouse there and clicks.
 */
export async function clickRadio(page, itemId, value) {
  const input = page.locator(sel.radio(itemId, value));
  await input.waitFor({ state: 'attached' });
  if (await input.isVisible()) {
    await input.click();
  } else {
    const labelId = await input.evaluate((el) => {
      const label = el.labels && el.labels[0];
      if (!label) return null;
      if (!label.id) label.id = `cermat-test-label-${Math.random().toString(36).slice(2)}`;
      return label.id;
    });
    assert.ok(labelId, `radio ${itemId}=${value} is hidden and has no label`);
    await page.locator(`[id="${labelId}"]`).click();
  }
  await assertChecked(page, itemId, value);
}

export async function assertChecked(page, itemId, value, timeout = ACTION_TIMEOUT) {
  await page.waitForFunction(
    ([s]) => {
      const el = document.querySelector(s);
      return el && el.checked;
    },
    [sel.radio(itemId, value)],
    { timeout },
  ).catch(async () => {
    const now = await checkedOnPage(page);
    throw new assert.AssertionError({
      message: `expected ${itemId}=${value} to be checked; checked now: ${now[itemId] ?? 'none'}`,
    });
  });
}

/**
 * Answers one fieldset with the keyboard alone, the radio group being focused: in a
 * group with nothing checked, Tab lands on the first radio; Space checks it, and each
 * ArrowDown moves to and checks the next one.
 */
async function keyboardAnswerFocusedGroup(page, item, value) {
  const index = item.values.indexOf(value);
  assert.ok(index >= 0, `${item.id} has no radio valued ${value} (has ${item.values.join(',')})`);
  const focusedIndex = await page.evaluate(() => {
    const el = document.activeElement;
    const fs = el && el.closest('fieldset[data-item]');
    return fs ? [...fs.querySelectorAll('input[type=radio]')].indexOf(el) : -1;
  });
  let at = focusedIndex;
  if (at === index) {
    await page.keyboard.press('Space');
  } else {
    const key = at < index ? 'ArrowDown' : 'ArrowUp';
    while (at !== index) {
      await page.keyboard.press(key);
      at += at < index ? 1 : -1;
    }
  }
  await assertChecked(page, item.id, value);
}

/** What the keyboard focus is on: { kind: 'radio'|'next'|'other', item, testid }. */
async function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { kind: 'body' };
    const testid = el.closest('[data-testid]')?.getAttribute('data-testid') ?? null;
    if (el.matches('input[type=radio]')) {
      const fs = el.closest('fieldset[data-item]');
      return { kind: 'radio', item: fs ? fs.getAttribute('data-item') : null, testid };
    }
    if (el.getAttribute('data-testid') === 'next') return { kind: 'next', testid };
    return { kind: 'other', testid, tag: el.tagName, text: (el.textContent || '').trim().slice(0, 40) };
  });
}

/**
 * Answers every unanswered item on the current wizard step, then leaves it through
 * `next`. mode 'mouse': clicks; mode 'keyboard': Tab / arrow keys / Space, and Enter on
 * the next button. `choose(itemId, values)` gives the value to pick.
 * Returns the route reached after `next`.
 */
export async function answerStep(page, choose, mode = 'mouse') {
  const before = await currentRoute(page);
  const items = await itemsOnPage(page);
  assert.ok(items.length > 0, `the wizard step ${before} shows no fieldset[data-item]`);
  if (mode === 'mouse') {
    for (const item of items) {
      if (item.checked !== null) continue;
      await clickRadio(page, item.id, choose(item.id, item.values));
    }
    await page.locator(sel.next).first().click();
  } else {
    const pending = new Map(items.filter((i) => i.checked === null).map((i) => [i.id, i]));
    const limit = 60 + items.length * 12;
    let presses = 0;
    for (;;) {
      const f = await focused(page);
      if (f.kind === 'radio' && pending.has(f.item)) {
        const item = pending.get(f.item);
        await keyboardAnswerFocusedGroup(page, item, choose(item.id, item.values));
        pending.delete(f.item);
      } else if (f.kind === 'next' && pending.size === 0) {
        await page.keyboard.press('Enter');
        break;
      }
      assert.ok(
        presses++ < limit,
        `keyboard: ${presses} Tab presses on ${before} and still ${pending.size} item(s) ` +
          `unreached (${[...pending.keys()].slice(0, 5).join(', ')}); focus on ${JSON.stringify(f)}`,
      );
      await page.keyboard.press('Tab');
    }
  }
  const after = await waitForRoute(page, (r) => r !== before);
  // The hash changes before the app has re-rendered: wait until the page shows the new
  // step's statements (steps never share an item), or none off the wizard.
  await waitForStepRendered(page, items.map((i) => i.id), Boolean(wizardStep(after)));
  return after;
}

/**
 * Waits until the statements on the page are no longer `previousIds` and, when
 * `expectItems`, until there are some.
 */
export async function waitForStepRendered(page, previousIds = [], expectItems = true) {
  await page.waitForFunction(
    ([prev, expect]) => {
      const ids = [...document.querySelectorAll('fieldset[data-item]')].map((f) => f.getAttribute('data-item'));
      if (expect && ids.length === 0) return false;
      return !ids.some((id) => prev.includes(id));
    },
    [previousIds, expectItems],
  );
}

/**
 * Fills the whole assessment through the wizard, starting from the current step and
 * following `next` until it leaves the wizard (to the results). Returns
 * { visited: ['/assess/scv/1', ...], answered: { itemId: value } , end: route }.
 */
export async function completeWizard(page, choose, mode = 'mouse', maxSteps = 40) {
  const visited = [];
  const answered = {};
  await waitForApp(page);
  let route = await currentRoute(page);
  while (wizardStep(route)) {
    assert.ok(visited.length < maxSteps, `more than ${maxSteps} wizard steps: ${visited.join(' ')}`);
    assert.ok(!visited.includes(route), `the wizard came back to ${route}: ${visited.join(' ')}`);
    visited.push(route);
    const items = await itemsOnPage(page);
    for (const i of items) answered[i.id] = i.checked ?? choose(i.id, i.values);
    route = await answerStep(page, choose, mode);
    await waitForApp(page);
  }
  return { visited, answered, end: route };
}

/** Numbers in the progress hook(s): [{ answered, total }] in page order. */
export async function readProgress(page) {
  const texts = await page.locator(sel.progress).allTextContents();
  return texts.map((t) => {
    const m = /(\d+)\s*(?:\/|of|dari)\s*(\d+)/i.exec(t);
    return m ? { answered: Number(m[1]), total: Number(m[2]), text: t.trim() } : { text: t.trim() };
  });
}

/** The results of one Likert instrument as the dashboard shows them. */
export async function readLikertResult(page, instrument) {
  const root = page.locator(sel.result(instrument)).first();
  await root.waitFor({ state: 'visible' });
  const one = async (testid, attr) => {
    const loc = root.locator(`[data-testid=${testid}]`).first();
    if ((await loc.count()) === 0) return null;
    return attr ? loc.getAttribute(attr) : (await loc.innerText()).trim();
  };
  const recommendations = await root
    .locator('[data-testid=recommendation]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-indicator')));
  return {
    indexValue: await one('index', 'data-value'),
    indexText: await one('index'),
    level: await one('level'),
    levelName: await one('level-name'),
    predicate: await one('predicate'),
    recommendations,
  };
}

/** Keys and values of localStorage, read from the page (for recovery tests). */
export async function storageSnapshot(page) {
  return page.evaluate(() => {
    const out = {};
    try {
      for (let i = 0; i < localStorage.length; i++) {
        const k = localStorage.key(i);
        out[k] = localStorage.getItem(k);
      }
    } catch {
      return null;
    }
    return out;
  });
}

/** The visible text of the page's body (to check it is not blank). */
export async function bodyText(page) {
  return page.evaluate(() => (document.body ? document.body.innerText : '').trim());
}

/** Normalises a label for comparison: case, spacing. */
export function norm(text) {
  return String(text ?? '').trim().replace(/\s+/g, ' ').toLowerCase();
}
