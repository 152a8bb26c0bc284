#!/usr/bin/env node
// Size and speed benchmark of the built site (dist/). Not a test: it measures and, with
// --check, enforces the budgets of issue 3 item 10 and the speed budgets beside them.
//
//   node scripts/bench.mjs [--check] [--runs N] [--dist DIR] [--no-timing]
//
// How it measures. dist/ is served by scripts/serve.mjs with gzip (as a static host
// would), and loaded in headless Debian Chromium through the DevTools protocol with a
// slow-4G profile (150 ms latency, 1.6 Mbit/s = 200,000 bytes/s down and up) and the CPU
// slowed 4x, in a fresh browser context each run (cold HTTP cache, empty storage).
//   size            bytes received on the first load of the landing page, every request
//                   summed (Network.loadingFinished encodedDataLength: gzip bodies plus
//                   HTTP headers), until the network is idle.      budget 150 KB (153,600 B)
//   first control   from navigation start to the Start button being present AND the
//                   wasm app started (Trunk's TrunkApplicationStarted event, or else the
//                   app's header hooks), measured in the page with performance.now(). Then
//                   Start is clicked to prove it works: the wizard must appear (reported as
//                   "Start -> wizard").                              budget 1,200 ms
//   answer update   on the wizard steps, a radio of an unanswered statement is clicked
//                   (in the page, input.click()) and the time is taken when the DOM
//                   reflects it: the progress hook's text changes, seen by a
//                   MutationObserver. That is what the budget applies to (median of ~20
//                   new answers per run).                          budget 16 ms
//                   Shown beside it, not enforced: the same plus style and layout (a
//                   forced reflow right after), and the time to the next animation frame
//                   (which also waits for the display's vsync).
// Each figure is the median over --runs cold runs (default 5, $CERMAT_BENCH_RUNS) after one
// warm-up run that is not counted (it pays the browser's own start-up, not the app's).
//
// Timing on a shared CI machine can be noisy: CERMAT_BENCH_TIMING=0 (or --no-timing)
// skips the timing part, and then only the size budget is measured and enforced.
// scripts/test.sh runs `--check` with timing enforced (see there for the reason).
// Nothing is written to disk: the table goes to stdout.

import path from 'node:path';
import { promises as fs } from 'node:fs';
import { gzipSync, constants as zlibConstants } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer, contentType } from './serve.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '..');

const BUDGET = {
  bytes: 150 * 1024, // 153,600
  bytesAim: 120 * 1024,
  firstControlMs: 1200,
  answerUpdateMs: 16,
};
const PROFILE = {
  latencyMs: 150,
  bytesPerSecond: 200000, // 1.6 Mbit/s
  cpuSlowdown: 4,
};

const args = process.argv.slice(2);
function argValue(name) {
  const i = args.findIndex((a) => a === name || a.startsWith(name + '='));
  if (i < 0) return undefined;
  return args[i].includes('=') ? args[i].split('=').slice(1).join('=') : args[i + 1];
}
if (args.includes('--help') || args.includes('-h')) {
  console.log('usage: node scripts/bench.mjs [--check] [--runs N] [--dist DIR] [--no-timing] [--answers N]');
  process.exit(0);
}
const CHECK = args.includes('--check');
const RUNS = Math.max(1, Number(argValue('--runs') ?? process.env.CERMAT_BENCH_RUNS ?? 5));
const ANSWERS = Math.max(3, Number(argValue('--answers') ?? process.env.CERMAT_BENCH_ANSWERS ?? 20));
const TIMING = !(args.includes('--no-timing') || ['0', 'false', 'no', 'off'].includes(String(process.env.CERMAT_BENCH_TIMING ?? '1').toLowerCase()));
const DIST = path.resolve(argValue('--dist') ?? process.env.CERMAT_DIST ?? path.join(REPO, 'dist'));
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n) => (Number.isFinite(n) ? `${n.toFixed(n < 100 ? 1 : 0)} ms` : 'n/a');

// Runs in the page before its own scripts: notes when Start appears and when the app has
// started, with performance.now() (0 = navigation start).
function probe() {
  const b = (window.__bench = { startAt: null, appAt: null, readyAt: null, trunkAt: null });
  const startReady = () => {
    const el = document.querySelector('[data-testid=start]');
    if (!el) return false;
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && !el.disabled;
  };
  const appReady = () => b.trunkAt !== null || !!document.querySelector('[data-testid=lang-id]');
  const check = () => {
    const now = performance.now();
    if (b.startAt === null && startReady()) b.startAt = now;
    if (b.appAt === null && appReady()) b.appAt = now;
    if (b.readyAt === null && b.appAt !== null && startReady()) b.readyAt = now;
  };
  const mo = new MutationObserver(() => {
    check();
    if (b.readyAt !== null) mo.disconnect();
  });
  window.addEventListener('TrunkApplicationStarted', () => {
    b.trunkAt = performance.now();
    check();
  });
  mo.observe(document, { subtree: true, childList: true, attributes: true });
  document.addEventListener('DOMContentLoaded', check);
}

// Waits until no request has been pending for 1 s (at most 20 s).
async function networkIdle(page, requests) {
  let quietSince = Date.now();
  for (let waited = 0; waited < 20000; waited += 100) {
    if ([...requests.values()].some((r) => !r.done)) quietSince = Date.now();
    else if (Date.now() - quietSince >= 1000) return;
    await page.waitForTimeout(100);
  }
}

async function loadOnce(browser, base, { measureTiming }) {
  const context = await browser.newContext({ locale: 'id-ID', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const requests = new Map();
  const outside = [];
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e.message || e)));
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: PROFILE.latencyMs,
    downloadThroughput: PROFILE.bytesPerSecond,
    uploadThroughput: PROFILE.bytesPerSecond,
  });
  if (measureTiming) await cdp.send('Emulation.setCPUThrottlingRate', { rate: PROFILE.cpuSlowdown });
  cdp.on('Network.requestWillBeSent', (e) => {
    if (e.request.url.startsWith('data:')) return; // inline, nothing transferred
    const origin = new URL(base).origin;
    if (!e.request.url.startsWith('data:') && new URL(e.request.url).origin !== origin) outside.push(e.request.url);
    requests.set(e.requestId, { url: e.request.url, done: false, bytes: 0 });
  });
  cdp.on('Network.responseReceived', (e) => {
    const r = requests.get(e.requestId);
    if (!r) return;
    const h = Object.fromEntries(Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), v]));
    r.status = e.response.status;
    r.type = e.response.mimeType;
    r.encoding = h['content-encoding'] || '';
    r.body = Number(h['content-length'] ?? NaN);
  });
  cdp.on('Network.loadingFinished', (e) => {
    const r = requests.get(e.requestId);
    if (r) Object.assign(r, { done: true, bytes: e.encodedDataLength });
  });
  cdp.on('Network.loadingFailed', (e) => {
    const r = requests.get(e.requestId);
    if (r) Object.assign(r, { done: true, failed: e.errorText });
  });
  await page.addInitScript(probe);

  await page.goto(base, { waitUntil: 'commit', timeout: 60000 });
  await page.waitForFunction(() => window.__bench && window.__bench.readyAt !== null, null, { timeout: 60000, polling: 10 });
  const marks = await page.evaluate(() => ({
    ...window.__bench,
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
  }));

  // The first load: everything the landing fetches until the network has been idle 1 s.
  await networkIdle(page, requests);
  const resources = [...requests.values()].map((r) => ({ ...r }));
  const firstIds = new Set(requests.keys());

  // Prove the control works: click Start, the wizard (or the profile form) must appear.
  const clickToWizard = await page.evaluate(() => new Promise((resolve, reject) => {
    const t0 = performance.now();
    const before = location.hash;
    document.querySelector('[data-testid=start]').click();
    const tick = () => {
      if (location.hash !== before && document.querySelector('fieldset[data-item], form, [data-testid=next]')) {
        resolve(performance.now() - t0);
      } else if (performance.now() - t0 > 10000) {
        reject(new Error(`Start did not lead anywhere (hash ${location.hash})`));
      } else {
        requestAnimationFrame(tick);
      }
    };
    tick();
  }));
  await networkIdle(page, requests);
  const later = [...requests.entries()].filter(([id]) => !firstIds.has(id)).map(([, r]) => ({ ...r }));

  let answers = null;
  if (measureTiming) answers = await measureAnswers(page, base);
  await context.close();
  return { marks, clickToWizard, resources, later, outside, errors, answers };
}

// Clicks radios of unanswered statements, in the page, and times the DOM update.
async function measureAnswers(page, base) {
  const samples = [];
  for (let step = 1; samples.length < ANSWERS && step <= 5; step++) {
    const inst = step <= 3 ? 'scv' : 'ereadiness';
    const n = step <= 3 ? step : step - 3;
    await page.evaluate((h) => { location.hash = h; }, `#/assess/${inst}/${n}`);
    await page.waitForFunction(() => document.querySelector('fieldset[data-item] input[type=radio]') && document.querySelector('[data-testid=progress]'), null, { timeout: 10000 });
    const got = await page.evaluate(async (want) => {
      const out = [];
      const progressText = () => [...document.querySelectorAll('[data-testid=progress]')].map((e) => e.textContent).join('|');
      // Item ids first; each fieldset is looked up afresh (a re-render may replace nodes).
      const ids = [...document.querySelectorAll('fieldset[data-item]')]
        .filter((fs) => !fs.querySelector('input[type=radio]:checked'))
        .map((fs) => fs.dataset.item);
      let failures = 0;
      for (const [i, id] of ids.entries()) {
        if (out.length >= want || failures >= 3) break;
        await new Promise((r) => setTimeout(r, 60)); // let autosave and the previous frame settle
        const fs = document.querySelector(`fieldset[data-item="${id}"]`);
        if (!fs || fs.querySelector('input[type=radio]:checked')) continue;
        const radios = fs.querySelectorAll('input[type=radio]');
        const input = radios[(i * 2 + 1) % Math.min(5, radios.length)];
        const sample = await new Promise((resolve) => {
          const before = progressText();
          let done = false;
          const t0 = performance.now();
          const mo = new MutationObserver(() => {
            if (done || progressText() === before) return;
            done = true;
            const dom = performance.now() - t0;
            mo.disconnect();
            void document.body.offsetHeight; // style and layout, forced now
            const layout = performance.now() - t0;
            requestAnimationFrame(() => resolve({ dom, layout, frame: performance.now() - t0 }));
          });
          mo.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
          setTimeout(() => { if (!done) { done = true; mo.disconnect(); resolve({ error: `no DOM change within 3 s for ${id}` }); } }, 3000);
          input.click();
        });
        if (sample.error) failures++;
        out.push({ item: id, ...sample });
      }
      return out;
    }, ANSWERS - samples.length);
    samples.push(...got);
  }
  return samples;
}

async function distTable() {
  const rows = [];
  async function walk(dir) {
    for (const e of await fs.readdir(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.isFile()) {
        const raw = await fs.readFile(p);
        rows.push({ file: path.relative(DIST, p), raw: raw.length, gzip: gzipSync(raw, { level: zlibConstants.Z_BEST_COMPRESSION }).length, type: contentType(p) });
      }
    }
  }
  await walk(DIST);
  return rows.sort((a, b) => b.gzip - a.gzip);
}

function pad(s, n, right = false) {
  s = String(s);
  return right ? s.padStart(n) : s.padEnd(n);
}

async function main() {
  const files = await distTable().catch((err) => {
    console.error(`bench: cannot read ${DIST} (${err.code || err.message}); build first (trunk build --release)`);
    process.exit(2);
  });
  const server = await startServer({ root: DIST, port: 0, gzip: true });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  const runs = [];
  const version = browser.version();
  try {
    await loadOnce(browser, server.url, { measureTiming: false }); // warm-up, not counted
    for (let i = 0; i < (TIMING ? RUNS : 1); i++) {
      runs.push(await loadOnce(browser, server.url, { measureTiming: TIMING }));
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const problems = [];
  const first = runs[0];
  const bytesPerRun = runs.map((r) => r.resources.reduce((s, x) => s + (x.bytes || 0), 0));
  const bytes = Math.max(...bytesPerRun);
  const bodyBytes = first.resources.reduce((s, x) => s + (Number.isFinite(x.body) ? x.body : 0), 0);
  for (const r of runs) {
    for (const u of r.outside) problems.push(`request outside the origin: ${u}`);
    for (const e of r.errors) problems.push(`page error: ${e}`);
    for (const x of [...r.resources, ...r.later]) if (x.failed || x.status >= 400) problems.push(`request failed: ${x.url} ${x.failed || x.status}`);
  }

  console.log(`\nCermat benchmark: ${DIST}`);
  console.log(`profile: latency ${PROFILE.latencyMs} ms, ${PROFILE.bytesPerSecond * 8 / 1e6} Mbit/s down/up, CPU slowdown ${TIMING ? PROFILE.cpuSlowdown + 'x' : 'none (timing skipped)'}, ` +
    `${TIMING ? RUNS : 1} cold run(s) after 1 warm-up, Chromium ${version}`);

  console.log('\nFiles in dist/ (gzip -9 as served):');
  console.log(`  ${pad('file', 44)} ${pad('raw', 11, true)} ${pad('gzip', 11, true)}`);
  for (const f of files) console.log(`  ${pad(f.file, 44)} ${pad(f.raw.toLocaleString('en'), 11, true)} ${pad(f.gzip.toLocaleString('en'), 11, true)}`);

  console.log('\nFirst load, as transferred (bytes include HTTP headers):');
  for (const x of first.resources) {
    const name = x.url.startsWith(server.url) ? x.url.slice(server.url.length - 1) : x.url;
    console.log(`  ${pad(name.slice(0, 44), 44)} ${pad((x.bytes || 0).toLocaleString('en'), 11, true)}  ${x.encoding || 'identity'} ${x.type || ''}`);
  }

  const laterBytes = first.later.reduce((s, x) => s + (x.bytes || 0), 0);
  if (first.later.length) {
    console.log('\nFetched after Start was clicked (not part of the first load):');
    for (const x of first.later) {
      const name = x.url.startsWith(server.url) ? x.url.slice(server.url.length - 1) : x.url;
      console.log(`  ${pad(name.slice(0, 44), 44)} ${pad((x.bytes || 0).toLocaleString('en'), 11, true)}  ${x.encoding || 'identity'} ${x.type || ''}`);
    }
  }

  const rows = [];
  const verdict = (value, budget) => (value <= budget ? 'ok' : 'OVER');
  rows.push(['transfer size, first load', `${bytes.toLocaleString('en')} B (${kb(bytes)}; bodies ${bodyBytes.toLocaleString('en')} B)`,
    `${BUDGET.bytes.toLocaleString('en')} B (aim ${BUDGET.bytesAim.toLocaleString('en')})`, verdict(bytes, BUDGET.bytes)]);
  if (laterBytes) rows.push(['  then fetched after Start', `${laterBytes.toLocaleString('en')} B`, '', '']);
  const result = { bytes, bodyBytes, afterStartBytes: laterBytes };
  if (TIMING) {
    const fc = runs.map((r) => r.marks.readyAt);
    const fcMed = median(fc);
    const startMed = median(runs.map((r) => r.marks.startAt));
    const appMed = median(runs.map((r) => r.marks.appAt));
    const fcpMed = median(runs.map((r) => r.marks.fcp).filter((x) => x !== null));
    const clickMed = median(runs.map((r) => r.clickToWizard));
    const samples = runs.flatMap((r) => r.answers || []);
    for (const s of samples) if (s.error) problems.push(`answer update: ${s.error}`);
    const good = samples.filter((s) => !s.error);
    const perRun = (key) => runs.map((r) => median((r.answers || []).filter((s) => !s.error).map((s) => s[key])));
    const domRuns = perRun('dom');
    const upd = median(domRuns);
    const layout = median(perRun('layout'));
    const frame = median(perRun('frame'));
    const worst = good.length ? Math.max(...good.map((s) => s.dom)) : NaN;
    rows.push(['first control usable (Start + app)', `${ms(fcMed)}  (runs: ${fc.map((x) => x.toFixed(0)).join(', ')})`, `${BUDGET.firstControlMs} ms`, verdict(fcMed, BUDGET.firstControlMs)]);
    rows.push(['  first contentful paint', ms(fcpMed), '', '']);
    rows.push(['  Start present / app started', `${ms(startMed)} / ${ms(appMed)}`, '', '']);
    rows.push(['  Start click -> wizard shown', ms(clickMed), '', '']);
    rows.push(['answer update: DOM reflects it', `${ms(upd)}  (runs: ${domRuns.map((x) => x.toFixed(1)).join(', ')}; max ${ms(worst)})`, `${BUDGET.answerUpdateMs} ms`, verdict(upd, BUDGET.answerUpdateMs)]);
    rows.push(['  + style and layout / next frame', `${ms(layout)} / ${ms(frame)}  (${good.length} answers)`, '', '']);
    Object.assign(result, { firstControlMs: fcMed, answerUpdateMs: upd, answerLayoutMs: layout, answerFrameMs: frame, fcpMs: fcpMed, clickToWizardMs: clickMed });
    if (!(fcMed <= BUDGET.firstControlMs)) problems.push(`first control ${ms(fcMed)} over the ${BUDGET.firstControlMs} ms budget`);
    if (!(upd <= BUDGET.answerUpdateMs)) problems.push(`answer update ${ms(upd)} over the ${BUDGET.answerUpdateMs} ms budget`);
    if (good.length < Math.min(ANSWERS, 10)) problems.push(`only ${good.length} answer updates measured`);
  }
  if (bytes > BUDGET.bytes) problems.push(`transfer size ${bytes} B over the ${BUDGET.bytes} B budget`);

  console.log('\nResult (median of runs):');
  console.log(`  ${pad('measure', 38)} ${pad('value', 50)} ${pad('budget', 26)} verdict`);
  for (const [a, b, c, d] of rows) console.log(`  ${pad(a, 38)} ${pad(b, 50)} ${pad(c, 26)} ${d}`);
  if (!TIMING) console.log('  (timing skipped: CERMAT_BENCH_TIMING=0 or --no-timing; only the size is enforced)');
  console.log(`\nBENCH ${JSON.stringify(result)}`);
  if (problems.length) {
    console.log(`\n${CHECK ? 'FAIL' : 'note'}:\n  ${problems.join('\n  ')}`);
    if (CHECK) process.exit(1);
  } else if (CHECK) {
    console.log('\nall budgets met');
  }
}

main().catch((err) => {
  console.error(`bench: ${err.stack || err}`);
  process.exit(2);
});
