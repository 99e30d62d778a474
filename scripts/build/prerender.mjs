// Build step: what the page shows before the app runs, and the page's settings as the app's
// core reads them. src/bin/prerender.rs renders, with Yew's server-side renderer and the
// app's own components, core and sentence tables, and answers in one JSON object (its
// header says what each field is); this module runs it and puts its parts into the page:
// - the first view (docs/product.md, "First view") into <div id="first-view">;
// - the page where the app cannot run, in both languages, into <section data-no-wasm>;
// - what both were built with into <meta name="kenshin-built">'s data attributes, which
//   index.html's head script compares with the page's settings before the first paint.
// A page that already holds them (a second run, after an operator edited a setting) keeps
// them: they must still say what they were built with.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { attr, findAll, findOne, isEmpty, setAttr, setInnerHtml } from './html.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The page's `<meta name="kenshin:…">` settings, name → content. */
export function pageSettings(doc) {
  const settings = new Map();
  for (const meta of findAll(doc, 'meta', (m) => attr(m, 'name')?.startsWith('kenshin:'))) {
    settings.set(attr(meta, 'name').slice('kenshin:'.length), attr(meta, 'content') ?? '');
  }
  return settings;
}

/** What src/bin/prerender.rs answers for `settings` (name → value). */
export function render(settings) {
  const args = [...settings].map(([name, value]) => `${name}=${value}`);
  const printed = execFileSync('cargo', ['run', '--quiet', '--features', 'prerender', '--bin', 'prerender', '--', ...args], {
    cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(printed);
}

/** Fills the page's empty first view, no-wasm section and build meta from `rendered`; says whether it did. */
export function fillPage(doc, rendered) {
  const firstView = findOne(doc, 'div', (d) => attr(d, 'id') === 'first-view', '<div id="first-view">');
  const noWasm = findOne(doc, 'section', (s) => attr(s, 'data-no-wasm') !== undefined, '<section data-no-wasm>');
  const built = findOne(doc, 'meta', (m) => attr(m, 'name') === 'kenshin-built', '<meta name="kenshin-built">');
  const empty = [firstView, noWasm].filter(isEmpty).length;
  if (empty === 0) return false;
  if (empty === 1) throw new Error('the page has a first view or a no-wasm page, but not both: build it from index.html again');
  setInnerHtml(firstView, rendered.firstView);
  setInnerHtml(noWasm, rendered.noWasm.ja + rendered.noWasm.en);
  const { firstView: firstViewShows, noWasm: noWasmShows, accent, kept } = rendered.builtWith;
  setAttr(built, 'data-first-view-settings', firstViewShows);
  setAttr(built, 'data-no-wasm-settings', noWasmShows);
  setAttr(built, 'data-accent', accent);
  setAttr(built, 'data-kept', kept);
  return true;
}
