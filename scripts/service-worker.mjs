#!/usr/bin/env node
// Trunk post_build hook (Trunk.toml), run last: writes dist/sw.js, the service worker that
// makes the app work offline (web/sw.js says how), from the build's own file names, so it
// is never kept by hand. Every file of the build is precached (the views module, the tools
// worker and the guidance file included), except sw.js itself; index.html is cached as the
// folder's address (`./`). VERSION is a hash of every file's name and content: any change
// to the build makes a new worker, which the page announces (web/boot.js).

import { promises as fs } from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { minify } from 'terser';

const dir = process.env.TRUNK_STAGING_DIR;
const source = process.env.TRUNK_SOURCE_DIR || process.cwd();
const fail = (message) => {
  console.error(`service-worker: ${message}`);
  process.exit(1);
};
if (!dir) fail('TRUNK_STAGING_DIR is not set (run by Trunk as a post_build hook)');

const names = (await fs.readdir(dir, { recursive: true, withFileTypes: true }))
  .filter((e) => e.isFile())
  .map((e) => path.relative(dir, path.join(e.parentPath ?? e.path, e.name)).split(path.sep).join('/'))
  .filter((name) => name !== 'sw.js')
  .sort();
if (!names.includes('index.html')) fail('no index.html in the build');
const hash = createHash('sha256');
for (const name of names) {
  hash.update(name);
  hash.update(await fs.readFile(path.join(dir, name)));
}
const version = hash.digest('hex').slice(0, 16);
const files = ['./', ...names.filter((n) => n !== 'index.html').map((n) => `./${n}`)];

const template = await fs.readFile(path.join(source, 'web', 'sw.js'), 'utf8');
if (!template.includes("'VERSION'") || !template.includes("['FILES']")) fail("web/sw.js lacks its 'VERSION' or ['FILES'] slot");
const code = template.replace("'VERSION'", JSON.stringify(version)).replace("['FILES']", JSON.stringify(files));
const small = (await minify(code, { compress: { passes: 2 }, mangle: true, format: { comments: false } })).code;
await fs.writeFile(path.join(dir, 'sw.js'), small);
console.log(`service-worker: sw.js, build ${version}, ${files.length} files precached`);
