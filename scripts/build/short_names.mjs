// Short names between the wasm and its JS glue, for bytes.
//
// wasm-bindgen names every function the wasm imports after the item it binds
// plus a 16-digit hash (`__wbg_setAttribute_9e7d603908f63705`, about 170 of
// them), and its exports after internal items (`__wbindgen_export2`). Each name
// is written twice, once in the wasm and once in the glue, and hashes do not
// compress: about 4 KB of the brotli'd site, for names nobody reads. binaryen's
// pass minify-imports-and-exports-and-modules (the one Emscripten uses for the
// same reason) renames them in the wasm and prints the map; the glue is then
// rewritten by that map, and nothing else refers to them (the loader only calls
// the glue's `default` init). Then the release build's one optimisation: -Oz to
// convergence (binaryen's --converge: again while the binary shrinks; about 0.4 KB
// brotli less than one round). The pass runs on its own first: inside the
// convergence loop it would rename, and print its map, on every round. index.html
// tells Trunk not to run wasm-opt (data-wasm-opt="0").
//
// Checked here, so that a changed wasm-bindgen cannot ship a glue that does
// not match: every import and export of the new wasm is named in the glue, and
// no old name is left in it.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PASS = '--minify-imports-and-exports-and-modules';
/** What Rust's wasm32 target emits, which wasm-opt must be told it may read and keep. */
export const FEATURES = [
  '--enable-bulk-memory', '--enable-bulk-memory-opt', '--enable-nontrapping-float-to-int', '--enable-sign-ext',
  '--enable-mutable-globals', '--enable-reference-types', '--enable-multivalue',
];
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Replaces `pattern` (a RegExp with the g flag), and says how often it matched. */
function replaceCounted(text, pattern, replacement) {
  let count = 0;
  const out = text.replace(pattern, () => {
    count += 1;
    return replacement;
  });
  return { out, count };
}

/**
 * Renames the imports and exports of every `kenshin-check-<hash>_bg.wasm` in `dir`
 * and rewrites its unminified glue `kenshin-check-<hash>.js`. A glue without
 * hashed names (already done) is left as it is. Returns how many names changed.
 */
export async function shortenNames(dir) {
  let renamed = 0;
  for (const name of readdirSync(dir)) {
    const m = /^(kenshin-check-[0-9a-f]+)\.js$/.exec(name);
    if (!m) continue;
    const jsPath = join(dir, name);
    const wasmPath = join(dir, `${m[1]}_bg.wasm`);
    let js = readFileSync(jsPath, 'utf8');
    if (!/__wbg_[A-Za-z0-9_]*_[0-9a-f]{16}\b/.test(js)) continue;

    const printed = execFileSync('wasm-opt', [...FEATURES, PASS, wasmPath, '-o', wasmPath], { encoding: 'utf8' });
    execFileSync('wasm-opt', ['-Oz', '--converge', ...FEATURES, wasmPath, '-o', wasmPath]);
    const map = JSON.parse(printed.slice(printed.indexOf('{')));
    const module = await WebAssembly.compile(readFileSync(wasmPath));
    const modules = new Set(WebAssembly.Module.imports(module).map((i) => i.module));
    if (modules.size !== 1) throw new Error(`short names: expected one import module, found ${[...modules].join(', ')}`);
    const [newModule] = modules;
    const oldModules = new Set(map.imports.map(([old]) => old));
    if (oldModules.size !== 1) throw new Error(`short names: the glue imports from ${[...oldModules].join(', ')}`);
    const [oldModule] = oldModules;

    // The import object: `"./kenshin-check_bg.js": import0`, its keys `__wbg_…: function`.
    let step = replaceCounted(js, new RegExp(`"${escape(oldModule)}"(?=\\s*:)`, 'g'), JSON.stringify(newModule));
    if (step.count !== 1) throw new Error(`short names: the import module "${oldModule}" is named ${step.count} times in ${name}`);
    js = step.out;
    for (const [, old, short] of map.imports) {
      step = replaceCounted(js, new RegExp(`(?<![\\w$.])${escape(old)}(?=\\s*:)`, 'g'), short);
      if (step.count !== 1) throw new Error(`short names: import ${old} is a key ${step.count} times in ${name}`);
      js = step.out;
    }
    // The exports, read as `wasm.<name>` (some, like `main`, only the wasm itself uses).
    for (const [old, short] of map.exports) {
      js = js.replace(new RegExp(`(?<=\\bwasm\\.)${escape(old)}(?![\\w$])`, 'g'), short);
    }
    const left = /__wbg_[A-Za-z0-9_]*_[0-9a-f]{16}\b|\bwasm\.__w[a-z_]*bindgen\w*/.exec(js);
    if (left) throw new Error(`short names: ${name} still names ${left[0]}; has wasm-bindgen's glue changed shape?`);
    writeFileSync(jsPath, js);
    renamed += map.imports.length + map.exports.length;
  }
  return renamed;
}
