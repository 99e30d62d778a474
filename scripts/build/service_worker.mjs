// Build step: sw.js, the offline worker (scripts/build/sw-template.js says what it does), with
// this release's files and a version that is the hash of their bytes: any change of any file
// makes a new release. The template's one marked line, `const RELEASE = …;`, is filled with
// that JSON; nothing else of it changes, but its comments go (every byte is downloaded).
// Under `trunk serve` (a development build) sw.js instead retires a release's worker on this
// scope: the loader registers it, and it clears that release's cache and unregisters.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { sha384 } from './integrity.mjs';

const TEMPLATE = new URL('./sw-template.js', import.meta.url);
const MARKED = /^const RELEASE = null;.*$/m;
const RETIRE = new URL('./sw-retire.js', import.meta.url);

/** Every file under `dir`, as paths relative to it with `/`, sorted. */
export function walk(dir, root = dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...walk(path, root));
    else out.push(relative(root, path).split(sep).join('/'));
  }
  return out;
}

/** This release, as the worker precaches it: { version, files: [{ path, integrity }] } ('' is the page). */
export function release(dir) {
  const hash = createHash('sha256');
  const files = [];
  const shipped = walk(dir).filter((f) => f !== '_headers' && f !== 'sw.js' && !f.endsWith('.map') && !f.split('/').some((p) => p.startsWith('.')));
  for (const file of shipped) {
    const bytes = readFileSync(join(dir, file));
    hash.update(file).update('\0').update(bytes).update('\0');
    files.push(file === 'index.html' ? { path: '', integrity: null } : { path: file, integrity: sha384(bytes) });
  }
  return { version: hash.digest('hex').slice(0, 16), files };
}

/** Writes `dir`/sw.js; returns the release's version, or null for a development build. */
export function writeServiceWorker(dir, { development = false } = {}) {
  if (development) {
    writeFileSync(join(dir, 'sw.js'), readFileSync(RETIRE));
    return null;
  }
  const template = readFileSync(TEMPLATE, 'utf8');
  if (!MARKED.test(template)) throw new Error('scripts/build/sw-template.js lost its line `const RELEASE = null;`');
  const built = release(dir);
  const sw = template
    .replace(MARKED, () => `const RELEASE = ${JSON.stringify(built)};`)
    .split('\n').filter((line) => !/^\s*\/\//.test(line)).join('\n');
  writeFileSync(join(dir, 'sw.js'), `// kenshin-check offline worker, from scripts/build/sw-template.js.\n${sw}`);
  return built.version;
}
