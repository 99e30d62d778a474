// Build step, release only: the app's JS files and the page's <style>s, minified. Trunk's own
// minification (Trunk.toml `minify`) is off because it would minify index.html too, the
// operators' settings file (hosting/README.md): it drops an empty `content=""` from the
// <meta name="kenshin:…"> an operator fills in and puts the page on one line. So the two
// minifiers Trunk would use for scripts and styles run here, on those only: terser for the
// wasm-bindgen JS and the loader (about 1.5 KB brotli less), lightningcss for the style
// sheets Trunk put into the page (about 0.8 KB less). Minifying again changes nothing.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findAll, setText, textOf } from './html.mjs';

/** Minifies each JavaScript module `files` (paths in `dir`) in place. */
export async function minifyScripts(dir, files) {
  const { minify } = await import('terser');
  for (const file of files) {
    const path = join(dir, file);
    const { code } = await minify(readFileSync(path, 'utf8'), { module: true, compress: true, mangle: true });
    if (!code) throw new Error(`terser gave nothing for ${file}`);
    writeFileSync(path, code);
  }
}

/** Minifies the text of every <style> in the page. No `targets`: the CSS stays as written for today's browsers, only shorter. */
export async function minifyStyles(doc) {
  const { transform } = await import('lightningcss');
  for (const style of findAll(doc, 'style')) {
    const { code } = transform({ filename: 'index.html <style>', code: Buffer.from(textOf(style)), minify: true });
    const css = code.toString();
    // In a <style> the text ends at the first "</style": a sheet that says it would end early.
    if (/<\/style/i.test(css)) throw new Error('a style sheet contains "</style"');
    setText(style, css);
  }
}
