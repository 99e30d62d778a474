// scripts/build/prerender.mjs without the renderer (e2e/first-view and e2e/no-wasm cover what it
// renders; hosting/headers.test.mjs runs it): which settings it passes, how it fills the page.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attr, findAll, parsePage, serialize } from './html.mjs';
import { fillPage, pageSettings } from './prerender.mjs';

const PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8">
<meta name="kenshin:counsellor-number" content="03-1234-5678"><meta name="description" content="x"><meta name="kenshin:insurer-name" content="">
<meta name="kenshin-built" content="" data-first-view-settings="" data-no-wasm-settings="" data-accent="" data-kept="">
</head><body><div id="first-view"></div><section data-no-wasm hidden></section></body></html>`;

const RENDERED = {
  firstView: '<div class="app"><h1>健診結果チェック</h1></div>',
  noWasm: { ja: '<div lang="ja">ja</div>', en: '<div lang="en">en</div>' },
  builtWith: { firstView: 'lang=ja\ninsurer-name=', noWasm: 'counsellor-number=03-1234-5678\nwebex-app=', accent: '', kept: 'kenshin-check:v1' },
};

test('the page\'s kenshin settings, by name', () => {
  assert.deepEqual([...pageSettings(parsePage(PAGE))], [['counsellor-number', '03-1234-5678'], ['insurer-name', '']]);
});

test('an empty page gets its first view, its no-wasm page and what they were built with', () => {
  const doc = parsePage(PAGE);
  assert.equal(fillPage(doc, RENDERED), true);
  const text = serialize(doc);
  assert.ok(text.includes('<div id="first-view"><div class="app"><h1>健診結果チェック</h1></div></div>'));
  assert.ok(text.includes('<div lang="ja">ja</div><div lang="en">en</div></section>'));
  const [built] = findAll(doc, 'meta', (m) => attr(m, 'name') === 'kenshin-built');
  assert.equal(attr(built, 'data-first-view-settings'), 'lang=ja\ninsurer-name=');
  assert.equal(attr(built, 'data-no-wasm-settings'), 'counsellor-number=03-1234-5678\nwebex-app=');
  assert.equal(attr(built, 'data-kept'), 'kenshin-check:v1');
  assert.equal(parsePage(text) && serialize(parsePage(text)), text, 'the page reads back as written');
});

test('a page already filled keeps what it was built with (a second run after a setting was edited)', () => {
  const doc = parsePage(PAGE);
  fillPage(doc, RENDERED);
  const before = serialize(doc);
  assert.equal(fillPage(doc, { ...RENDERED, firstView: '<p>other</p>', builtWith: { ...RENDERED.builtWith, noWasm: 'counsellor-number=0120' } }), false);
  assert.equal(serialize(doc), before);
});

test('a page with only one of the two filled is an error, not half a page', () => {
  const doc = parsePage(PAGE.replace('<div id="first-view"></div>', '<div id="first-view"><p>old</p></div>'));
  assert.throws(() => fillPage(doc, RENDERED), /not both/);
});
