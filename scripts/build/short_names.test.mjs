// scripts/short_names.mjs on a module of wasm-bindgen's shape: one hashed import,
// exports read as `wasm.<name>`; the renamed pair still runs, and the glue is checked.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { shortenNames } from './short_names.mjs';

// The module in WebAssembly's text format; wasm-opt (binaryen reads it) writes the binary.
const WAT = `(module
  (import "./kenshin-check_bg.js" "__wbg_double_0123456789abcdef" (func $double (param i32) (result i32)))
  (func (export "__wbindgen_export") (param i32) (result i32) (call $double (local.get 0))))`;
const GLUE = `let wasm;
function __wbg_get_imports() {
    const import0 = {
        __proto__: null,
        __wbg_double_0123456789abcdef: function(arg0) { return arg0 * 2; },
    };
    return { __proto__: null, "./kenshin-check_bg.js": import0 };
}
export async function run(bytes, x) {
    const { instance } = await WebAssembly.instantiate(bytes, __wbg_get_imports());
    wasm = instance.exports;
    return wasm.__wbindgen_export(x);
}
`;

test('imports and exports get short names in both files, and the pair still runs', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'short-names-'));
  writeFileSync(join(dir, 'kenshin-check-00ff.js'), GLUE);
  writeFileSync(join(dir, 'module.wat'), WAT);
  execFileSync('wasm-opt', [join(dir, 'module.wat'), '-o', join(dir, 'kenshin-check-00ff_bg.wasm')]);
  const WASM = readFileSync(join(dir, 'kenshin-check-00ff_bg.wasm'));
  const before = (await import(`data:text/javascript,${encodeURIComponent(GLUE)}`)).run;
  assert.equal(await before(WASM, 21), 42);

  assert.equal(await shortenNames(dir), 2);
  const glue = readFileSync(join(dir, 'kenshin-check-00ff.js'), 'utf8');
  const wasm = readFileSync(join(dir, 'kenshin-check-00ff_bg.wasm'));
  assert.doesNotMatch(glue, /__wbg_double|__wbindgen_export|kenshin-check_bg/);
  const module = await WebAssembly.compile(wasm);
  for (const { module: from, name } of WebAssembly.Module.imports(module)) {
    assert.ok(name.length <= 2 && from.length <= 2, `${from}.${name} is short`);
  }
  const after = (await import(`data:text/javascript,${encodeURIComponent(glue)}`)).run;
  assert.equal(await after(wasm, 21), 42);
  // Done once: a second run finds no hashed name and changes nothing.
  assert.equal(await shortenNames(dir), 0);
  assert.equal(readFileSync(join(dir, 'kenshin-check-00ff.js'), 'utf8'), glue);
});
