#!/usr/bin/env node
// Trunk post_build hook (Trunk.toml): minifies the wasm-bindgen JS glue with terser.
//
// Trunk's own minifier leaves the glue as wasm-bindgen wrote it (comments, long names),
// and that glue is part of the first page load on cheap phones: minified it is ~3 KB
// smaller gzipped. The app's glue is an ES module; the tools worker's glue is a classic
// script whose global `wasm_bindgen` the loader calls, so top-level names stay unmangled.
// Runs on Trunk's staging directory, after scripts/worker-name.mjs; fails the build on
// any error so a half-minified build never ships.

import { promises as fs } from 'node:fs';
import path from 'node:path';
import { minify } from 'terser';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('minify-js: TRUNK_STAGING_DIR is not set (run by Trunk as a post_build hook)');
  process.exit(1);
}

const glue = (await fs.readdir(dir)).filter((f) => /^cermat.*\.js$/.test(f) && !f.endsWith('_loader.js'));
if (glue.length === 0) {
  console.error(`minify-js: no wasm-bindgen glue (cermat*.js) in ${dir}`);
  process.exit(1);
}

for (const name of glue) {
  const file = path.join(dir, name);
  const source = await fs.readFile(file, 'utf8');
  // The worker's and the views module's glue are classic scripts whose global
  // `wasm_bindgen` is called by name: their top-level names stay unmangled.
  const isWorker = /^cermat-(tools|views)/.test(name);
  const result = await minify(source, {
    module: !isWorker,
    toplevel: !isWorker,
    compress: { passes: 2 },
    mangle: true,
    format: { comments: false },
  });
  await fs.writeFile(file, result.code);
  console.log(`minify-js: ${name} ${source.length} -> ${result.code.length} bytes`);
}
