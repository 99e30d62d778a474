// scripts/build/service_worker.mjs: a release is exactly its files and their bytes.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { release, writeServiceWorker } from './service_worker.mjs';

const site = () => {
  const dir = mkdtempSync(join(tmpdir(), 'sw-'));
  writeFileSync(join(dir, 'index.html'), '<p>page</p>');
  writeFileSync(join(dir, 'app-0123456789abcdef.js'), 'export default 1;');
  writeFileSync(join(dir, '_headers'), '/*');
  return dir;
};

test('the release lists every shipped file with its integrity (the page revalidated), and its version follows every byte', () => {
  const dir = site();
  const first = release(dir);
  assert.deepEqual(first.files.map((f) => [f.path, f.integrity?.slice(0, 7) ?? null]), [['app-0123456789abcdef.js', 'sha384-'], ['', null]]);
  writeFileSync(join(dir, 'index.html'), '<p>page.</p>');
  assert.notEqual(release(dir).version, first.version);
});

test('sw.js is the template with this release in its one marked line, without comments', () => {
  const dir = site();
  const version = writeServiceWorker(dir);
  const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
  assert.ok(sw.includes(`const RELEASE = ${JSON.stringify(release(dir))};`), 'sw.js is not a file of its own release');
  assert.ok(sw.includes(`"version":"${version}"`));
  assert.equal(sw.split('\n').filter((line) => line.trim().startsWith('//')).length, 1, 'only the first line says where it comes from');
  assert.doesNotThrow(() => new Function(sw.replace(/^const RELEASE = .*$/m, '')), 'what is left is a script');
});

test('a development build\'s worker retires a release\'s', () => {
  const dir = site();
  assert.equal(writeServiceWorker(dir, { development: true }), null);
  assert.match(readFileSync(join(dir, 'sw.js'), 'utf8'), /unregister\(\)/);
});
