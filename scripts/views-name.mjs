#!/usr/bin/env node
// Trunk post_build hook (Trunk.toml): makes the views module a script loaded on demand.
//
// Trunk allows one main application per page, so the views module (index.html's
// `data-bin="cermat-views"`) is built as Trunk's other kind, a "worker": a classic
// no-modules script `cermat-views.js` (which declares the global `wasm_bindgen`) and
// `cermat-views_bg.wasm`, with nothing added to the page. This hook, run on Trunk's
// staging directory, turns that pair into a script the app can add to the page:
//   1. gives both files a content hash (`cermat-views-<hash>.js`, `..._bg.wasm`), so a
//      browser never keeps an old module beside a new app after a deploy;
//   2. copies the views' stylesheet, styles/panels.css, as `cermat-views-<hash>.css`;
//   3. ends the script with its own start: add the stylesheet, then instantiate the wasm
//      (whose `main` mounts the views on `#views`), both found beside the script;
//   4. names the script in index.html as `<meta name="cermat-views" content="./...">`,
//      which the app reads (src/ui/first_load/views_host.rs) to load it on demand.
// It fails the build, loudly, when the module is missing, so a broken build never ships.

import { promises as fs } from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';

const dir = process.env.TRUNK_STAGING_DIR;
const source = process.env.TRUNK_SOURCE_DIR || process.cwd();
const fail = (message) => {
  console.error(`views-name: ${message}`);
  process.exit(1);
};
if (!dir) fail('TRUNK_STAGING_DIR is not set (run by Trunk as a post_build hook)');

const files = await fs.readdir(dir);
const js = 'cermat-views.js';
const wasm = 'cermat-views_bg.wasm';
if (!files.includes(js) || !files.includes(wasm)) fail(`${js} or ${wasm} is missing in ${dir}; is its <link> in index.html?`);

const glue = await fs.readFile(path.join(dir, js), 'utf8');
const css = await fs.readFile(path.join(source, 'styles', 'panels.css'));
const hash = createHash('sha256');
hash.update(glue);
hash.update(await fs.readFile(path.join(dir, wasm)));
hash.update(css);
const stem = `cermat-views-${hash.digest('hex').slice(0, 16)}`;

await fs.writeFile(path.join(dir, `${stem}.css`), css);
await fs.rename(path.join(dir, wasm), path.join(dir, `${stem}_bg.wasm`));
const start = [
  '',
  ';(function (here) {',
  '  var css = document.createElement("link");',
  '  css.rel = "stylesheet";',
  `  css.href = new URL("./${stem}.css", here).href;`,
  '  document.head.appendChild(css);',
  `  wasm_bindgen({ module_or_path: new URL("./${stem}_bg.wasm", here) });`,
  '})(document.currentScript.src);',
  '',
].join('\n');
await fs.writeFile(path.join(dir, `${stem}.js`), glue + start);
await fs.rm(path.join(dir, js));

const indexPath = path.join(dir, 'index.html');
let html = await fs.readFile(indexPath, 'utf8');
const meta = `<meta name="cermat-views" content="./${stem}.js">`;
html = html.replace(/<meta name="?cermat-views"?[^>]*>/g, '');
if (/<title/i.test(html)) html = html.replace(/<title/i, `${meta}<title`);
else fail('index.html has no <title>');
await fs.writeFile(indexPath, html);
console.log(`views-name: ${stem}.js`);
