// scripts/build/integrity.mjs: every file the page loads gets the sha384 of its bytes; nothing else is touched.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { attr, findAll, parsePage } from './html.mjs';
import { fileOf, sha384, writeIntegrity } from './integrity.mjs';

test('scripts, preloads and style sheets that are files of the build get their integrity', () => {
  const dir = mkdtempSync(join(tmpdir(), 'integrity-'));
  writeFileSync(join(dir, 'app.js'), 'export default 1;');
  writeFileSync(join(dir, 'app_bg.wasm'), 'wasm');
  writeFileSync(join(dir, 'loader.js'), 'load();');
  const doc = parsePage(`<head><link rel="icon" href="data:,"><link rel="modulepreload" href="./app.js" integrity="sha384-old">
    <link rel="preload" as="fetch" href="app_bg.wasm"><script src="./loader.js" type="module"></script>
    <link rel="expect" href="#first-view"><script src="https://elsewhere.example/x.js"></script></head>`);
  const written = writeIntegrity(doc, dir);
  assert.deepEqual(Object.keys(written), ['app.js', 'app_bg.wasm', 'loader.js']);
  const [icon, js, wasm, expect] = findAll(doc, 'link');
  assert.equal(attr(js, 'integrity'), sha384(Buffer.from('export default 1;')));
  assert.equal(attr(wasm, 'integrity'), sha384(Buffer.from('wasm')));
  assert.equal(attr(findAll(doc, 'script')[0], 'integrity'), sha384(Buffer.from('load();')));
  assert.equal(attr(icon, 'integrity'), undefined);
  assert.equal(attr(expect, 'integrity'), undefined);
  assert.equal(attr(findAll(doc, 'script')[1], 'integrity'), undefined, 'another origin\'s file is not ours to hash');
});

test('a reference names a file of the build only when it is one', () => {
  const dir = mkdtempSync(join(tmpdir(), 'integrity-'));
  writeFileSync(join(dir, 'a.js'), '');
  assert.equal(fileOf(dir, './a.js'), 'a.js');
  assert.equal(fileOf(dir, 'a.js'), 'a.js');
  assert.equal(fileOf(dir, './missing.js'), null);
  assert.equal(fileOf(dir, 'data:,'), null);
  assert.equal(fileOf(dir, '//cdn.example/a.js'), null);
  assert.equal(fileOf(dir, '../a.js'), null);
});
