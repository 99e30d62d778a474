// Build time: puts into the page what shows before the app runs, rendered by
// src/bin/prerender.rs with Yew's server-side renderer from the app's own
// components and core, with the page's settings. Called by scripts/post_build.mjs.
//
// - The first view (docs/product.md, "First view"): the checker in the page's
//   default language, nothing entered and nothing decided, in
//   <div id="first-view">. The head's <meta name="kenshin-first-view"> names what
//   it was rendered with (`name=value` per line: the language and the settings it
//   shows), the accent colour it shows (data-accent) and the key of the values a
//   device keeps (data-kept); index.html's head script shows it only where the page
//   still says the same and nothing is kept.
// - The page where the app cannot run (no WebAssembly, or it failed to load), in
//   both languages, in <section data-no-wasm>, marked with the settings it shows
//   (data-settings): the loader drops the parts that show an edited one rather
//   than show an old number (src/components/no_wasm.rs marks them data-settings-part).
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { escapeAttr, metaTags } from '../hosting/headers.mjs';

const NO_WASM = /(<section\b[^>]*\bdata-no-wasm\b[^>]*)>\s*<!-- prerender:no-wasm -->\s*<\/section>/;
const FIRST_VIEW = /(<div id="first-view">)<!-- prerender:first-view -->(<\/div>)/;
const FIRST_VIEW_META = /<meta name="kenshin-first-view" content="">/;
/** The settings each part shows: the first view, the header's insurer and the accent colour;
 * the no-wasm page, the counsellor's number and the Webex app's downloads. */
const FIRST_VIEW_SETTINGS = ['insurer-name', 'accent-colour'];
const NO_WASM_SETTINGS = ['counsellor-number', 'webex-app'];
const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The page's `<meta name="kenshin:…">` settings, name → content. */
export function pageSettings(html) {
  const settings = new Map();
  for (const { name, content } of metaTags(html)) {
    if (name?.startsWith('kenshin:')) settings.set(name.slice('kenshin:'.length), content ?? '');
  }
  return settings;
}

/** `name=value` per line, for each of `names`, from `settings`. */
const shownSettings = (names, settings) => names.map((name) => `${name}=${settings.get(name) ?? ''}`);

/** The page with its first view and no-WebAssembly section filled; a page without the placeholders as it is. */
export function prerender(html) {
  if (!NO_WASM.test(html) && !FIRST_VIEW.test(html)) return html;
  if (!NO_WASM.test(html) || !FIRST_VIEW.test(html) || !FIRST_VIEW_META.test(html)) {
    throw new Error('index.html has only some of the prerender placeholders (first view, its meta, no-wasm)');
  }
  const settings = pageSettings(html);
  const args = [...settings].map(([name, value]) => `${name}=${value}`);
  const printed = execFileSync('cargo', ['run', '--quiet', '--features', 'prerender', '--bin', 'prerender', '--', ...args], {
    cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'],
  }).split('\n');
  const [noWasmJa, noWasmEn, firstView, lang, accent, kept] = printed;
  if (!noWasmJa?.includes('data-no-wasm-lang="ja"') || !noWasmEn?.includes('data-no-wasm-lang="en"')
    || !firstView?.startsWith('<div class="app">') || !/^(ja|en)$/.test(lang ?? '') || accent === undefined || !kept) {
    throw new Error(`src/bin/prerender.rs printed not the six lines expected:\n${printed.join('\n').slice(0, 300)}`);
  }
  const built = [`lang=${lang}`, ...shownSettings(FIRST_VIEW_SETTINGS, settings)].join('\n');
  const noWasmShown = shownSettings(NO_WASM_SETTINGS, settings).join('\n');
  return html
    .replace(FIRST_VIEW_META, () => `<meta name="kenshin-first-view" content="${escapeAttr(built)}" data-accent="${escapeAttr(accent)}" data-kept="${escapeAttr(kept)}">`)
    .replace(FIRST_VIEW, (_, open, close) => `${open}${firstView}${close}`)
    .replace(NO_WASM, (_, open) => `${open} data-settings="${escapeAttr(noWasmShown)}">${noWasmJa}${noWasmEn}</section>`);
}
