#!/usr/bin/env node
// Trunk post_build hook (Trunk.toml): shortens the names by which each WebAssembly module
// and its wasm-bindgen JS glue call each other.
//
// wasm-bindgen names every import after its JS function and a 16-hex-digit hash
// (`__wbg_addEventListener_f2d27251d333a631`), and closure shims after their Rust path
// and hash; each name is written twice, in the wasm's import or export section and in
// the glue. The hashes do not compress, so for the first-load app these names cost about
// 2 KB gzip of the 150 KB budget. This rewrites them to short names (`a0`, `a1`, ...) in
// both files, consistently: the wasm's import and export sections are re-encoded (nothing
// else in the binary refers to a name), and the glue's mentions of each old name, all of
// them whole identifiers, become the new one. Exports the glue or a loader reaches by a
// fixed name (memory, main, __wbindgen_*) are kept.
//
// It runs on Trunk's staging directory, after scripts/minify-js.mjs, on every glue/wasm
// pair (`X.js` beside `X_bg.wasm`), and fails the build if a name is left over in the
// glue or the module no longer compiles.

import { promises as fs } from 'node:fs';
import path from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
const fail = (message) => {
  console.error(`shorten-names: ${message}`);
  process.exit(1);
};
if (!dir) fail('TRUNK_STAGING_DIR is not set (run by Trunk as a post_build hook)');

// --- a minimal reader and writer of the two sections -------------------------------------

function readLeb(bytes, at) {
  let value = 0, shift = 0, byte;
  do {
    byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, at];
}

function leb(value) {
  const out = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return out;
}

const utf8 = new TextDecoder();
const encoder = new TextEncoder();
function readName(bytes, at) {
  const [len, start] = readLeb(bytes, at);
  return [utf8.decode(bytes.subarray(start, start + len)), start + len];
}
const name = (text) => {
  const b = encoder.encode(text);
  return [...leb(b.length), ...b];
};

// The bytes after an import's kind byte: its description, copied as is.
function skipImportDesc(bytes, kind, at) {
  const limits = (p) => {
    const flags = bytes[p++];
    [, p] = readLeb(bytes, p);
    if (flags & 1) [, p] = readLeb(bytes, p);
    return p;
  };
  switch (kind) {
    case 0: return readLeb(bytes, at)[1]; // function: type index
    case 1: return limits(at + 1); // table: reference type, limits
    case 2: return limits(at); // memory
    case 3: return at + 2; // global: value type, mutability
    case 4: return readLeb(bytes, at + 1)[1]; // tag: attribute, type index
    default: throw new Error(`unknown import kind ${kind}`);
  }
}

/** Rewrites import names, import modules and export names of `bytes` through `rename`. */
function rewrite(bytes, rename) {
  const out = [...bytes.subarray(0, 8)];
  let at = 8;
  while (at < bytes.length) {
    const id = bytes[at];
    const [size, start] = readLeb(bytes, at + 1);
    const end = start + size;
    if (id !== 2 && id !== 7) {
      for (let i = at; i < end; i++) out.push(bytes[i]);
      at = end;
      continue;
    }
    let p = start;
    const [count, first] = readLeb(bytes, p);
    p = first;
    const body = [...leb(count)];
    for (let i = 0; i < count; i++) {
      if (id === 2) {
        let module, field;
        [module, p] = readName(bytes, p);
        [field, p] = readName(bytes, p);
        const kind = bytes[p];
        const descEnd = skipImportDesc(bytes, kind, p + 1);
        body.push(...name(rename.module(module)), ...name(rename.import(field)), ...bytes.subarray(p, descEnd));
        p = descEnd;
      } else {
        let field;
        [field, p] = readName(bytes, p);
        const kind = bytes[p];
        const [, indexEnd] = readLeb(bytes, p + 1);
        body.push(...name(rename.export(field)), ...bytes.subarray(p, indexEnd));
        p = indexEnd;
      }
    }
    if (p !== end) throw new Error(`section ${id} was not read to its end`);
    out.push(id, ...leb(body.length), ...body);
    at = end;
  }
  return Uint8Array.from(out);
}

// --- the names -----------------------------------------------------------------------------

const HASHED = /_[0-9a-f]{16}$|__h[0-9a-f]{16}$/;
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function shorten(jsName) {
  const stem = jsName.slice(0, -3);
  const jsPath = path.join(dir, jsName);
  const wasmPath = path.join(dir, `${stem}_bg.wasm`);
  const bytes = new Uint8Array(await fs.readFile(wasmPath));
  let glue = await fs.readFile(jsPath, 'utf8');
  const renames = new Map();
  let n = 0;
  const short = (old) => {
    if (!HASHED.test(old)) return old;
    if (!renames.has(old)) renames.set(old, `a${(n++).toString(36)}`);
    return renames.get(old);
  };
  const modules = new Map();
  const rewritten = rewrite(bytes, {
    module: (m) => {
      // The glue's import object is keyed by the module name, a quoted string.
      if (!glue.includes(`"${m}"`)) return m;
      if (!modules.has(m)) modules.set(m, `m${modules.size}`);
      return modules.get(m);
    },
    import: short,
    export: short,
  });
  for (const [old, now] of renames) {
    const whole = new RegExp(`(?<![\\w$])${escape(old)}(?![\\w$])`, 'g');
    glue = glue.replace(whole, now);
  }
  for (const [old, now] of modules) glue = glue.split(`"${old}"`).join(`"${now}"`);
  const left = [...renames.keys()].filter((old) => glue.includes(old));
  if (left.length) fail(`${jsName}: names left in the glue: ${left.slice(0, 3).join(', ')}`);
  try {
    new WebAssembly.Module(rewritten);
  } catch (err) {
    fail(`${stem}_bg.wasm no longer compiles after renaming: ${err.message}`);
  }
  await fs.writeFile(wasmPath, rewritten);
  await fs.writeFile(jsPath, glue);
  console.log(`shorten-names: ${stem}: ${renames.size} names, ${bytes.length - rewritten.length} bytes fewer in the wasm`);
}

const files = await fs.readdir(dir);
const pairs = files.filter((f) => f.endsWith('.js') && files.includes(`${f.slice(0, -3)}_bg.wasm`));
if (pairs.length === 0) fail(`no glue/wasm pair in ${dir}`);
for (const js of pairs) await shorten(js);
