// Build steps: the page's own copy of the Content-Security-Policy, and the check that the page
// keeps to it. The policy itself is hosting/headers.json's (hosting/headers.mjs).
// - The <meta http-equiv="Content-Security-Policy"> right after <meta charset>: the header's
//   policy minus frame-ancestors (ignored there), for a host that cannot set headers. Not in a
//   `trunk serve` build, whose live-reload script is inline.
// - The check: no inline script but those script-src allows by hash, no <style> but the page's
//   own (style-src lists them by hash), no event-handler or style attribute, no javascript:
//   URL, every file the page loads with its integrity, and the loader's two messages for a
//   stopped app (index.html's <template id="app-stopped-ja|en">).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG, metaContentSecurityPolicy, styleHashes } from '../../hosting/headers.mjs';
import { attr, createElement, elements, findAll, findOne, insertAfter, remove, textOf } from './html.mjs';
import { fileOf, sha384, subresources } from './integrity.mjs';

const isPolicy = (meta) => (attr(meta, 'http-equiv') ?? '').toLowerCase() === 'content-security-policy';

/** A script that runs: no `src`, and JavaScript (not a data block such as application/json). */
const isInlineScript = (script) => attr(script, 'src') === undefined && ['', 'module', 'text/javascript'].includes((attr(script, 'type') ?? '').toLowerCase());

/** Trunk's live-reload script, in a `trunk serve` build only. */
export const isDevelopment = (doc) => findAll(doc, 'script', isInlineScript).some((s) => textOf(s).includes('.well-known/trunk/ws'));

/** Puts the page's own policy right after <meta charset> (replacing one written before). */
export function writeMetaPolicy(doc) {
  for (const meta of findAll(doc, 'meta', isPolicy)) remove(meta);
  if (isDevelopment(doc)) return;
  const charset = findOne(doc, 'meta', (m) => attr(m, 'charset') !== undefined, '<meta charset>');
  const content = metaContentSecurityPolicy({ styles: styleHashes(doc) });
  insertAfter(charset, createElement('meta', { 'http-equiv': 'Content-Security-Policy', content }));
}

/** A directive's sources in a policy, as written (undefined where the policy has none). */
const directive = (policy, name) => policy.split(';').map((d) => d.trim().split(/\s+/)).find(([n]) => n === name)?.slice(1).join(' ');

/** What would break a strict CSP or SRI in the page built in `dir`. */
export function checkPage(doc, dir) {
  const problems = [];
  const development = isDevelopment(doc);
  for (const lang of ['ja', 'en']) {
    const template = findAll(doc, 'template', (t) => attr(t, 'id') === `app-stopped-${lang}`)[0];
    if (!template || findAll(template.content, 'span').length !== 2) problems.push(`no <template id="app-stopped-${lang}"> with two <span> (restarting, reload)`);
  }
  const scriptSrc = directive(CONFIG.contentSecurityPolicy, 'script-src')?.split(' ') ?? [];
  for (const script of findAll(doc, 'script', isInlineScript)) {
    if (development && textOf(script).includes('.well-known/trunk/ws')) continue;
    const hash = `'sha256-${createHash('sha256').update(textOf(script), 'utf8').digest('base64')}'`;
    if (!scriptSrc.includes(hash)) problems.push(`inline <script> not allowed by hosting/headers.json's script-src (add ${hash} if it is meant): ${textOf(script).trim().slice(0, 60)}…`);
  }
  const styleSrc = directive(CONFIG.contentSecurityPolicy, 'style-src');
  if (styleSrc !== '{inline-styles}') problems.push(`hosting/headers.json's style-src allows ${styleSrc}: it should allow only the page's own styles, by hash ({inline-styles})`);
  if (!development) {
    const listed = directive(attr(findAll(doc, 'meta', isPolicy)[0] ?? { attrs: [] }, 'content') ?? '', 'style-src');
    if (listed !== directive(metaContentSecurityPolicy({ styles: styleHashes(doc) }), 'style-src')) problems.push(`the <meta> policy's style-src (${listed}) is not the page's styles: run scripts/post_build.mjs on the page again`);
  }
  for (const element of elements(doc)) {
    for (const { name, value } of element.attrs) {
      if (name === 'style') problems.push(`a style attribute on <${element.tagName}>`);
      if (/^on[a-z]+$/.test(name)) problems.push(`an event-handler attribute ${name} on <${element.tagName}>`);
      if ((name === 'src' || name === 'href') && /^\s*javascript:/i.test(value)) problems.push(`a javascript: URL on <${element.tagName}>`);
    }
  }
  for (const { element, ref } of subresources(doc)) {
    const file = fileOf(dir, ref ?? '');
    if (!file) {
      if (!(ref ?? '').startsWith('data:')) problems.push(`<${element.tagName}> ${ref} is not a file of the build`);
      continue;
    }
    const expected = sha384(readFileSync(join(dir, file)));
    if (attr(element, 'integrity') !== expected) problems.push(`<${element.tagName}> ${ref}: integrity ${attr(element, 'integrity') ?? '(none)'} should be ${expected}`);
  }
  return problems;
}
