// scripts/build/policy.mjs: the page's own policy, and each thing the check refuses.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { CONFIG, metaContentSecurityPolicy, styleHashes } from '../../hosting/headers.mjs';
import { attr, elements, findAll, parsePage, serialize } from './html.mjs';
import { sha384 } from './integrity.mjs';
import { checkPage, writeMetaPolicy } from './policy.mjs';

const dir = mkdtempSync(join(tmpdir(), 'policy-'));
writeFileSync(join(dir, 'loader.js'), 'load();');
const TEMPLATES = '<template id="app-stopped-ja"><span>a</span><span>b</span></template><template id="app-stopped-en"><span>a</span><span>b</span></template>';
const LOADER = `<script src="./loader.js" type="module" integrity="${sha384(Buffer.from('load();'))}"></script>`;
/** The head script the policy allows by hash is not in these pages: none of them has an inline script but where a case adds one. */
const page = (head = '', body = '') => {
  const doc = parsePage(`<!DOCTYPE html><html><head><meta charset="utf-8"><style>p{color:red}</style>${TEMPLATES}${LOADER}${head}</head><body>${body}</body></html>`);
  writeMetaPolicy(doc);
  return doc;
};

test('a page that keeps to the policy has no problem, and its own policy comes right after <meta charset>', () => {
  const doc = page();
  assert.deepEqual(checkPage(doc, dir), []);
  const [charset, policy] = findAll(doc, 'meta');
  assert.equal(attr(charset, 'charset'), 'utf-8');
  assert.equal(attr(policy, 'content'), metaContentSecurityPolicy({ styles: styleHashes(doc) }));
  assert.doesNotMatch(attr(policy, 'content'), /frame-ancestors/);
  writeMetaPolicy(doc);
  assert.equal(findAll(doc, 'meta').length, 2, 'written again, not twice');
});

test('each thing the policy or SRI would refuse is named', () => {
  const cases = [
    [page('<script>alert(1)</script>'), /inline <script> not allowed/],
    [page('', '<p style="color:red">x</p>'), /a style attribute on <p>/],
    [page('', '<button onclick="go()">x</button>'), /event-handler attribute onclick/],
    [page('', '<a href="javascript:go()">x</a>'), /javascript: URL/],
    [page('<link rel="modulepreload" href="./loader.js">'), /integrity \(none\) should be sha384-/],
    [page('<link rel="preload" as="fetch" href="./gone.wasm">'), /gone\.wasm is not a file of the build/],
    [parsePage(serialize(page()).replace(TEMPLATES, '')), /no <template id="app-stopped-ja">/],
  ];
  for (const [doc, problem] of cases) assert.match(checkPage(doc, dir).join('\n'), problem);
});

test('a <style> changed after the policy was written is caught', () => {
  const doc = page();
  const style = [...elements(doc)].find((e) => e.tagName === 'style');
  style.childNodes[0].value = 'p{color:blue}';
  assert.match(checkPage(doc, dir).join('\n'), /the <meta> policy's style-src/);
});

test('a data block is not a script the policy has to allow', () => {
  assert.deepEqual(checkPage(page('<script type="application/json">{"a":1}</script>'), dir), []);
  assert.match(CONFIG.contentSecurityPolicy, /script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
});
