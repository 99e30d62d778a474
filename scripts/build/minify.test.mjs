// scripts/build/minify.mjs: shorter scripts and styles that do the same; the page's comments
// gone but the one in front of the operators' settings.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { findAll, parsePage, serialize, textOf } from './html.mjs';
import { minifyInlineScripts, minifyScripts, minifyStyles, stripComments } from './minify.mjs';

test('a module is minified and still runs the same', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'minify-'));
  const source = '// a comment\nexport function double(value) {\n  const twice = value * 2;\n  return twice;\n}\n';
  writeFileSync(join(dir, 'a.js'), source);
  await minifyScripts(dir, ['a.js']);
  const code = readFileSync(join(dir, 'a.js'), 'utf8');
  assert.ok(code.length < source.length && !code.includes('comment'));
  assert.equal((await import(`data:text/javascript,${encodeURIComponent(code)}`)).double(21), 42);
});

test('each <style> is minified, its rules kept', async () => {
  const doc = parsePage('<style>\n/* why */\n.a {\n  color: #ff0000;\n}\n</style><style>.b { margin: 0px }</style>');
  await minifyStyles(doc);
  assert.deepEqual(findAll(doc, 'style').map(textOf), ['.a{color:red}', '.b{margin:0}']);
});

test('comments go but the one in front of the settings an operator edits', () => {
  const doc = parsePage(`<!DOCTYPE html><html><head><!-- for developers -->
  <!-- Per-insurer settings: edit the content. -->
  <meta name="kenshin:insurer-name" content="">
  <template id="t"><!-- inside a template --><span>a</span></template>
  </head><body><!-- body note --><p>text</p></body></html>`);
  stripComments(doc);
  const page = serialize(doc);
  assert.ok(page.includes('<!-- Per-insurer settings: edit the content. -->'));
  assert.doesNotMatch(page, /for developers|inside a template|body note/);
});

test('the page\'s inline script is minified; a data block is not touched', async () => {
  const doc = parsePage('<script>\n{\n  const language = document.documentElement.lang;\n  console.log(language);\n}\n</script><script type="application/json">{ "a": 1 }</script>');
  await minifyInlineScripts(doc);
  const [script, data] = findAll(doc, 'script').map(textOf);
  assert.ok(script.length < 70 && !script.includes('language') && script.includes('document.documentElement.lang'), script);
  assert.equal(data, '{ "a": 1 }');
});
