#!/usr/bin/env node
// Trunk post_build hook (Trunk.toml): puts the prerendered first wizard step into the
// built index.html, and writes the guidance file (help texts and recommendations, and the
// content's English, which the first-load app is built without: the `lean-content`
// feature) that the first-load app fetches when a page needs it, named in index.html as
// `<meta name="cermat-guidance">`.
//
// `cargo run --bin cermat-prerender` renders the step with the app's own Yew components
// (src/ui/first_load/prerender.rs), natively, so what the first paint shows cannot drift
// from what the app draws. This hook puts that markup in the static shell (`#boot`),
// where CSS shows it when the address is `#/assess/scv/1` (`:target`): its radios can be
// answered before the WebAssembly has arrived, and the app takes the answers over when it
// mounts. It fails the build, loudly, when the render fails.

import { promises as fs } from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';

const dir = process.env.TRUNK_STAGING_DIR;
const source = process.env.TRUNK_SOURCE_DIR || process.cwd();
const fail = (message) => {
  console.error(`prerender: ${message}`);
  process.exit(1);
};
if (!dir) fail('TRUNK_STAGING_DIR is not set (run by Trunk as a post_build hook)');

// The native build, not Trunk's wasm one: Trunk's target variables must not leak in.
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('CARGO_BUILD_TARGET')));
const prerender = (...args) => {
  try {
    return execFileSync('cargo', ['run', '--quiet', '--bin', 'cermat-prerender', '--', ...args],
      { cwd: source, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 << 20 });
  } catch (err) {
    fail(`cargo run --bin cermat-prerender ${args.join(' ')} failed: ${err.message}`);
  }
};
const markup = prerender();
if (!markup.includes('class="prerendered')) fail('cermat-prerender printed no prerendered step');
const guidance = prerender('guidance');
if (!guidance.startsWith('h\t')) fail('cermat-prerender guidance printed no guidance');
const guidanceName = `cermat-guidance-${createHash('sha256').update(guidance).digest('hex').slice(0, 16)}.txt`;
await fs.writeFile(path.join(dir, guidanceName), guidance);

const indexPath = path.join(dir, 'index.html');
let html = await fs.readFile(indexPath, 'utf8');
const slot = /<template id="?prerendered"?><\/template>/;
if (!slot.test(html)) fail('index.html has no <template id="prerendered"> slot');
html = html.replace(slot, () => markup);
const meta = `<meta name="cermat-guidance" content="./${guidanceName}">`;
html = html.replace(/<meta name="?cermat-guidance"?[^>]*>/g, '');
if (!/<title/i.test(html)) fail('index.html has no <title>');
html = html.replace(/<title/i, `${meta}<title`);
await fs.writeFile(indexPath, html);
console.log(`prerender: ${markup.length} bytes of first step; ${guidanceName}`);
