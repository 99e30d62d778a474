// The code rules a review found broken once, checked on every run so that they cannot come
// back unnoticed (node:test, no browser): only public APIs of dependencies, exact pins where a
// tool must match, no `unsafe` in our code, comments that cite documents a reader has, and no
// build artefact in the repository.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
const read = (path) => readFileSync(join(ROOT, path), 'utf8');
const rustFiles = tracked.filter((path) => path.endsWith('.rs'));

/** `text` without `//` comments (good enough for our Rust: no `//` inside string literals is relied on). */
const code = (text) => text.split('\n').map((line) => line.replace(/\/\/.*$/, '')).join('\n');

/** Every line of the tracked files matching `pattern`, as "path:line: text". */
function offending(paths, pattern, strip = (text) => text) {
  return paths.flatMap((path) => strip(read(path)).split('\n')
    .map((line, index) => ({ line, index }))
    .filter(({ line }) => pattern.test(line))
    .map(({ line, index }) => `${path}:${index + 1}: ${line.trim()}`));
}

test("no Rust file uses a dependency's private API (a `__`-prefixed item, which `#[doc(hidden)]` hides)", () => {
  // Yew's `VTag::__new_other` and `Wrapper::__macro_new` were used once: they change without notice.
  const found = offending(rustFiles, /(::|\.)__[A-Za-z]/, code);
  assert.deepEqual(found, [], 'private APIs in use');
});

test('what a tool or the markup must match is pinned exactly', () => {
  const manifest = read('Cargo.toml');
  for (const crate of ['yew', 'wasm-bindgen']) {
    const line = manifest.split('\n').find((l) => l.startsWith(`${crate} `) || l.startsWith(`${crate}=`));
    assert.ok(line, `${crate} is a dependency of the shell`);
    assert.match(line, /"=\d+\.\d+\.\d+"/, `${crate} is pinned with "=x.y.z": ${line}`);
  }
});

test('the core forbids unsafe code, and no Rust file of ours has any', () => {
  assert.match(read('core/src/lib.rs'), /^#!\[forbid\(unsafe_code\)\]/m);
  assert.deepEqual(offending(rustFiles, /\bunsafe\b/, code), [], 'unsafe in our Rust');
});

test('comments cite documents inside the repository, not issue numbers or spec sections', () => {
  const sources = tracked.filter((path) => /\.(rs|mjs|js|css|html|toml|py)$/.test(path) && !path.startsWith('bench/reference/'));
  // "issue 12", "issue #12", "SPEC §3": the reader of the repository has neither.
  const found = offending(sources, /\bissues? #?\d+\b|\bSPEC §/i).filter((line) => !line.startsWith('scripts/code-rules.test.mjs'));
  assert.deepEqual(found, [], 'citations of documents outside the repository');
});

test('no build artefact is tracked', () => {
  const artefacts = tracked.filter((path) => /(^|\/)(target|dist|node_modules)\//.test(path));
  assert.deepEqual(artefacts, [], 'build output in the repository');
  assert.match(read('.gitignore'), /^target\/$/m, 'target/ is ignored at any depth');
});
