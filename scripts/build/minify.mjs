// Build step: the app's JS files (the offline worker too), the page's inline script and
// <style>s, minified; the page's comments dropped. Trunk's own
// minification (Trunk.toml `minify`) is off because it would minify index.html too, the
// operators' settings file (hosting/README.md): it drops an empty `content=""` from the
// <meta name="kenshin:…"> an operator fills in and puts the page on one line. So the two
// minifiers Trunk would use for scripts and styles run here, on those only: terser for the
// wasm-bindgen JS and the loader (about 1.5 KB brotli less), lightningcss for the style
// sheets Trunk put into the page (about 0.8 KB less). Minifying again changes nothing.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { allNodes, attr, findAll, remove, setText, textOf } from './html.mjs';

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

/**
 * Minifies the page's inline scripts (index.html's head script) as the files are: the source
 * stays readable, participants download the short one. script-src allows it by the hash of
 * what ships (hosting/headers.json; the build's check names it when it changes).
 */
export async function minifyInlineScripts(doc) {
  const { minify } = await import('terser');
  for (const script of findAll(doc, 'script', (s) => attr(s, 'src') === undefined && !attr(s, 'type'))) {
    const { code } = await minify(textOf(script), { compress: true, mangle: true });
    if (code === undefined) throw new Error('terser gave nothing for an inline script');
    setText(script, code);
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

/**
 * Drops the page's comments, which are for whoever reads index.html, not for every
 * participant's download (about 0.7 KB brotli), but for the one in front of the operator's
 * settings (<meta name="kenshin:…">): operators edit those in the built page.
 */
export function stripComments(doc) {
  const isSetting = (node) => node?.tagName === 'meta' && attr(node, 'name')?.startsWith('kenshin:');
  for (const node of [...allNodes(doc)]) {
    if (node.nodeName !== '#comment') continue;
    const siblings = node.parentNode.childNodes;
    const next = siblings.slice(siblings.indexOf(node) + 1).find((n) => n.nodeName !== '#text');
    if (!isSetting(next)) remove(node);
  }
}
