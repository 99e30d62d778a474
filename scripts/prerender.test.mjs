// scripts/prerender.mjs without the renderer (the e2e no-wasm test covers what it renders):
// which settings it passes to the renderer, and a page without the placeholder.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pageSettings, prerenderNoWasm } from './prerender.mjs';

test('the page\'s kenshin settings, by name', () => {
  const page = '<meta charset="utf-8"><meta name="kenshin:counsellor-number" content="03-1234-5678"><meta name="description" content="x"><meta name="kenshin:insurer-name" content="">';
  assert.deepEqual([...pageSettings(page)], [['counsellor-number', '03-1234-5678'], ['insurer-name', '']]);
});

test('a page without the placeholder (already rendered) stays as it is', () => {
  const page = '<section class="no-wasm" data-no-wasm hidden data-settings="counsellor-number=1"><div lang="ja"></div></section>';
  assert.equal(prerenderNoWasm(page), page);
});
