// Build step: the sha384 integrity of every file of the build the page loads (the loader, the
// app's JS and its WebAssembly), from the bytes as they ship. Trunk writes these too, but the
// short names and the minifier change the files after it; so they are written here, last.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { attr, elements, setAttr } from './html.mjs';

export const sha384 = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** The elements that load a file, and the attribute that names it: scripts, preloads, style sheets. */
export function subresources(doc) {
  const found = [];
  for (const element of elements(doc)) {
    if (element.tagName === 'script' && attr(element, 'src') !== undefined) found.push({ element, ref: attr(element, 'src') });
    const rel = (attr(element, 'rel') ?? '').toLowerCase();
    if (element.tagName === 'link' && ['stylesheet', 'modulepreload', 'preload'].includes(rel)) found.push({ element, ref: attr(element, 'href') });
  }
  return found;
}

/** A reference in the page (`./name`, `name`) → the file in `dir` it names; null for another origin or scheme. */
export function fileOf(dir, ref) {
  const path = new URL(ref, 'file:///site/').pathname;
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(ref) || !path.startsWith('/site/')) return null;
  const file = decodeURIComponent(path.slice('/site/'.length));
  return existsSync(join(dir, file)) && statSync(join(dir, file)).isFile() ? file : null;
}

/** Sets the integrity of every subresource of the page that is a file in `dir`; returns file → integrity. */
export function writeIntegrity(doc, dir) {
  const written = {};
  for (const { element, ref } of subresources(doc)) {
    const file = fileOf(dir, ref);
    if (!file) continue;
    written[file] = sha384(readFileSync(join(dir, file)));
    setAttr(element, 'integrity', written[file]);
  }
  return written;
}
