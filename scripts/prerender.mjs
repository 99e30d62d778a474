// Build time: puts into the page what a browser shows where the app cannot run
// (no WebAssembly, or it failed to load), rendered by src/bin/prerender.rs with
// Yew's server-side renderer from the app's own components and core, in both
// languages, with the page's settings. Called by scripts/post_build.mjs.
//
// The section is marked with the settings it shows (data-settings, `name=value`
// per line): an operator may edit the <meta name="kenshin:…"> of a built page,
// and the loader then drops the parts that show a setting rather than show an
// old number (src/components/no_wasm.rs marks them data-settings-part).
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { escapeAttr, metaTags } from '../hosting/headers.mjs';

const PLACEHOLDER = /(<section\b[^>]*\bdata-no-wasm\b[^>]*)>\s*<!-- prerender:no-wasm -->\s*<\/section>/;
/** The settings the page shows (the counsellor's number, the Webex app's downloads). */
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

/** The page with its no-WebAssembly section filled; a page without the placeholder as it is. */
export function prerenderNoWasm(html) {
  if (!PLACEHOLDER.test(html)) return html;
  const settings = pageSettings(html);
  const args = [...settings].map(([name, value]) => `${name}=${value}`);
  const markup = execFileSync('cargo', ['run', '--quiet', '--features', 'prerender', '--bin', 'prerender', '--', ...args], {
    cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'],
  }).trim();
  if (!markup.includes('data-no-wasm-lang="ja"') || !markup.includes('data-no-wasm-lang="en"')) {
    throw new Error(`src/bin/prerender.rs printed no page in both languages:\n${markup.slice(0, 200)}`);
  }
  const shown = NO_WASM_SETTINGS.map((name) => `${name}=${settings.get(name) ?? ''}`).join('\n');
  return html.replace(PLACEHOLDER, (_, open) => `${open} data-settings="${escapeAttr(shown)}">${markup}</section>`);
}
