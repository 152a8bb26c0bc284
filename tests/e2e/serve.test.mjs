// The static server the flows and the benchmark use (scripts/serve.mjs): content types,
// gzip by Accept-Encoding, no way out of the served directory, no directory listing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, writeFile, symlink, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import os from 'node:os';
import path from 'node:path';
import { startServer, acceptsGzip } from '../../scripts/serve.mjs';

let tmp;
let server;
const WASM = Buffer.concat([Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]), Buffer.alloc(4000, 7)]);

before(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'cermat-serve-'));
  const root = path.join(tmp, 'dist');
  await mkdir(path.join(root, 'sub'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>t</title>');
  await writeFile(path.join(root, 'app_bg.wasm'), WASM);
  await writeFile(path.join(root, 'app.js'), 'export default 1;\n'.repeat(50));
  await writeFile(path.join(root, 'style.css'), 'body{margin:0}\n');
  await writeFile(path.join(tmp, 'secret.txt'), 'secret');
  await symlink(path.join(tmp, 'secret.txt'), path.join(root, 'link.txt'));
  server = await startServer({ root, port: 0 });
});
after(async () => {
  await server?.close();
  await rm(tmp, { recursive: true, force: true });
});

function get(urlPath, headers = {}, method = 'GET') {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path: urlPath, headers, method }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('listens on 127.0.0.1 and serves index.html at /', async () => {
  assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
  const r = await get('/');
  assert.equal(r.status, 200);
  assert.equal(r.headers['content-type'], 'text/html; charset=utf-8');
  assert.match(r.body.toString(), /<title>t<\/title>/);
  const q = await get('/?lang=en');
  assert.equal(q.status, 200, 'a query string is ignored');
});

test('content types: wasm, js, css', async () => {
  assert.equal((await get('/app_bg.wasm')).headers['content-type'], 'application/wasm');
  assert.match((await get('/app.js')).headers['content-type'], /^text\/javascript/);
  assert.match((await get('/style.css')).headers['content-type'], /^text\/css/);
});

test('gzip only when accepted, with the right length', async () => {
  const plain = await get('/app_bg.wasm');
  assert.equal(plain.headers['content-encoding'], undefined);
  assert.deepEqual(plain.body, WASM);
  const gz = await get('/app_bg.wasm', { 'accept-encoding': 'gzip, deflate, br' });
  assert.equal(gz.headers['content-encoding'], 'gzip');
  assert.equal(Number(gz.headers['content-length']), gz.body.length);
  assert.ok(gz.body.length < WASM.length);
  assert.deepEqual(gunzipSync(gz.body), WASM);
  assert.equal((await get('/app.js', { 'accept-encoding': 'gzip;q=0' })).headers['content-encoding'], undefined);
  assert.equal(acceptsGzip('br, gzip;q=0.5'), true);
  assert.equal(acceptsGzip('identity'), false);
});

test('nothing outside the root, no listing', async () => {
  for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/sub/../../secret.txt', '/..\\secret.txt']) {
    const r = await get(p);
    assert.ok([400, 403, 404].includes(r.status), `${p} -> ${r.status}`);
    assert.doesNotMatch(r.body.toString(), /secret/);
  }
  assert.equal((await get('/link.txt')).status, 403, 'a symlink out of the root is refused');
  assert.equal((await get('/sub/')).status, 404, 'a directory without index.html is not listed');
  assert.equal((await get('/%00')).status, 400);
  assert.equal((await get('/', {}, 'POST')).status, 405);
  const head = await get('/app.js', {}, 'HEAD');
  assert.equal(head.status, 200);
  assert.equal(head.body.length, 0);
});
