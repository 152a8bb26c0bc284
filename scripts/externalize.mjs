#!/usr/bin/env node
// Trunk post_build hook (Trunk.toml), run last: makes the built page fit a strict
// Content-Security-Policy (`script-src 'self' 'wasm-unsafe-eval'; style-src 'self'`), which
// refuses every inline script, <style> element and style attribute.
//   1. Trunk starts the app with an inline module script. It goes: web/boot.js starts
//      the app instead (one request fewer than a file of its own), so it can also tell
//      when the start fails. Its glue and wasm names are written into boot.js.
//   2. web/boot.js, index.html's first script (`<script src="web/boot.js">`), and
//      web/frame.js, which boot.js fetches in embed mode only, are minified and get
//      content-hashed names (frame.js's is written into boot.js).
//   3. web/embed.js, the script host pages include to embed the app, is minified and kept
//      as `embed.js`: its address is in webmasters' snippets, so it is never renamed.
//   4. The page is checked: no inline script, no <style>, no style or on* attribute. A
//      page that breaks the CSP fails the build, loudly.

import { promises as fs } from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { minify } from 'terser';

const dir = process.env.TRUNK_STAGING_DIR;
const source = process.env.TRUNK_SOURCE_DIR || process.cwd();
const fail = (message) => {
  console.error(`externalize: ${message}`);
  process.exit(1);
};
if (!dir) fail('TRUNK_STAGING_DIR is not set (run by Trunk as a post_build hook)');

const hashed = (stem, text) => `${stem}-${createHash('sha256').update(text).digest('hex').slice(0, 16)}.js`;
const small = async (code, module) => (await minify(code, { module, compress: { passes: 2 }, mangle: true, format: { comments: false } })).code;

const indexPath = path.join(dir, 'index.html');
let html = await fs.readFile(indexPath, 'utf8');

// 1. Trunk's inline start goes; web/boot.js starts the app instead (names below).
const inline = /<script type=["']?module["']?>([\s\S]*?)<\/script>/;
const trunkStart = inline.exec(html);
if (!trunkStart) fail('index.html has no inline module script from Trunk to replace');
const glue = /from\s*["']\.\/(cermat-[0-9a-f]+\.js)["']/.exec(trunkStart[1]);
const wasm = /module_or_path:\s*["']\.\/(cermat-[0-9a-f]+_bg\.wasm)["']/.exec(trunkStart[1]);
if (!glue || !wasm) fail(`Trunk's start script has an unexpected shape:\n${trunkStart[1]}`);
html = html.replace(inline, '');

// 2. The boot script, and embed mode's script that it fetches (named in it as FRAME_JS).
const frame = await small(await fs.readFile(path.join(source, 'web', 'frame.js'), 'utf8'), false);
const frameName = hashed('frame', frame);
await fs.writeFile(path.join(dir, frameName), frame);
const bootTag = /<script src=["']?web\/boot\.js["']?><\/script>/;
if (!bootTag.test(html)) fail('index.html has no <script src="web/boot.js">');
const bootSource = await fs.readFile(path.join(source, 'web', 'boot.js'), 'utf8');
const names = { FRAME_JS: frameName, APP_JS: glue[1], APP_WASM: wasm[1] };
let bootText = bootSource;
for (const [slot, name] of Object.entries(names)) {
  if (!bootText.includes(`./${slot}'`)) fail(`web/boot.js does not name ./${slot}`);
  bootText = bootText.replace(`./${slot}'`, `./${name}'`);
}
const boot = await small(bootText, false);
const bootName = hashed('boot', boot);
await fs.writeFile(path.join(dir, bootName), boot);
html = html.replace(bootTag, () => `<script src=./${bootName}></script>`);

// 3. The embed script, under its fixed name.
const embed = await small(await fs.readFile(path.join(source, 'web', 'embed.js'), 'utf8'), false);
await fs.writeFile(path.join(dir, 'embed.js'), embed);

// 4. Nothing inline left.
const problems = [];
for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
  if (!/\bsrc=/.test(m[1]) || m[2].trim()) problems.push(`inline script: ${m[0].slice(0, 80)}`);
}
if (/<style\b/i.test(html)) problems.push('a <style> element');
for (const m of html.matchAll(/<[a-z][^>]*?\s(style|on[a-z]+)=/gi)) problems.push(`a ${m[1]} attribute: ${m[0].slice(0, 80)}`);
if (problems.length) fail(`index.html would break a strict CSP:\n  ${problems.join('\n  ')}`);

await fs.writeFile(indexPath, html);
console.log(`externalize: ${bootName} (${boot.length} B), ${frameName} (${frame.length} B), embed.js (${embed.length} B)`);
