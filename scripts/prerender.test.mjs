// scripts/prerender.mjs without the renderer (the e2e first-view and no-wasm tests cover what it renders):
// which settings it passes to the renderer, and a page without the placeholder.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pageSettings, prerender } from './prerender.mjs';

test('the page\'s kenshin settings, by name', () => {
  const page = '<meta charset="utf-8"><meta name="kenshin:counsellor-number" content="03-1234-5678"><meta name="description" content="x"><meta name="kenshin:insurer-name" content="">';
  assert.deepEqual([...pageSettings(page)], [['counsellor-number', '03-1234-5678'], ['insurer-name', '']]);
});

test('a page without the placeholders (already rendered) stays as it is', () => {
  const page = '<meta name="kenshin-first-view" content="lang=ja" data-accent=""><div id="first-view"><div class="app"></div></div>'
    + '<section class="no-wasm" data-no-wasm hidden data-settings="counsellor-number=1"><div lang="ja"></div></section>';
  assert.equal(prerender(page), page);
});

test('a page with only some of the placeholders is an error, not half a page', () => {
  const page = '<div id="first-view"><!-- prerender:first-view --></div><section data-no-wasm hidden><div lang="ja"></div></section>';
  assert.throws(() => prerender(page), /only some of the prerender placeholders/);
});
