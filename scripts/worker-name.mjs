#!/usr/bin/env node
// Trunk post_build hook (Trunk.toml): names the tools worker for the app.
//
// Trunk builds the tools worker (index.html's `data-bin="cermat-tools" data-type="worker"`)
// as `cermat-tools.js`, `cermat-tools_bg.wasm` and a loader shim `cermat-tools_loader.js`,
// and does not preload it: the app starts it on first use. Trunk does not put a content
// hash in a worker's file names, so a browser could keep an old worker beside a new app
// after a deploy. This hook, run on Trunk's staging directory before it becomes dist/:
//   1. gives the three files a content hash (`cermat-tools-<hash>.js`, `..._bg.wasm`,
//      `..._loader.js`), rewriting the loader to match; names already hashed are kept;
//   2. writes the loader's name into the staged index.html as
//      `<meta name="cermat-tools" content="./cermat-tools-<hash>_loader.js">`, which the app
//      reads (src/ui/tools.rs) to start the worker.
// It fails the build, loudly, when the worker is missing, so a broken build never ships.

import { promises as fs } from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('worker-name: TRUNK_STAGING_DIR is not set (run by Trunk as a post_build hook)');
  process.exit(1);
}

const fail = (message) => {
  console.error(`worker-name: ${message}`);
  process.exit(1);
};

const files = await fs.readdir(dir);
let loader = files.find((f) => /^cermat-tools(-[0-9a-f]+)?_loader\.js$/.test(f));
if (!loader) fail(`no cermat-tools*_loader.js in ${dir}; is the worker <link> in index.html?`);

if (loader === 'cermat-tools_loader.js') {
  const js = 'cermat-tools.js';
  const wasm = 'cermat-tools_bg.wasm';
  if (!files.includes(js) || !files.includes(wasm)) fail(`${js} or ${wasm} is missing in ${dir}`);
  const hash = createHash('sha256');
  hash.update(await fs.readFile(path.join(dir, js)));
  hash.update(await fs.readFile(path.join(dir, wasm)));
  const stem = `cermat-tools-${hash.digest('hex').slice(0, 16)}`;
  await fs.rename(path.join(dir, js), path.join(dir, `${stem}.js`));
  await fs.rename(path.join(dir, wasm), path.join(dir, `${stem}_bg.wasm`));
  // Trunk's shim passes the wasm path as a bare string, which wasm-bindgen now warns
  // about in the console; the object form is the one it asks for.
  const shim = (await fs.readFile(path.join(dir, loader), 'utf8'))
    .replaceAll(`./${js}`, `./${stem}.js`)
    .replaceAll(`wasm_bindgen("./${wasm}")`, `wasm_bindgen({ module_or_path: "./${stem}_bg.wasm" })`);
  if (!shim.includes(`./${stem}.js`) || !shim.includes(`./${stem}_bg.wasm`)) {
    fail(`unexpected loader shim, cannot rename its files: ${shim}`);
  }
  await fs.writeFile(path.join(dir, `${stem}_loader.js`), shim);
  await fs.rm(path.join(dir, loader));
  loader = `${stem}_loader.js`;
}

const indexPath = path.join(dir, 'index.html');
let html = await fs.readFile(indexPath, 'utf8');
const meta = `<meta name="cermat-tools" content="./${loader}">`;
html = html.replace(/<meta name="?cermat-tools"?[^>]*>/g, '');
if (/<title/i.test(html)) html = html.replace(/<title/i, `${meta}<title`);
else if (/<head[^>]*>/i.test(html)) html = html.replace(/<head[^>]*>/i, (m) => `${m}${meta}`);
else fail('index.html has neither <title> nor <head>');
await fs.writeFile(indexPath, html);
console.log(`worker-name: ${loader}`);
