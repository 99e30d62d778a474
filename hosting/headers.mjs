// The response headers of kenshin-check, from the one source hosting/headers.json.
// Used by the build (scripts/post_build.mjs: dist/_headers, the <meta> policy), by the e2e
// tests (they serve the build with exactly these headers) and to render the
// nginx snippet. The policy depends on the built page (style-src lists its <style>
// by hash), so the snippet is rendered from a build:
//
//   node hosting/headers.mjs nginx [--site dist] [--base /tools/kenshin/] [--root /srv/kenshin/] [--parents "https://portal.example.jp"]
//   node hosting/headers.mjs headers [--site dist] [--parents "…"]   (the security headers, one per line)
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { findAll, parsePage, textOf } from '../scripts/build/html.mjs';
import { render } from '../scripts/build/prerender.mjs';

export const CONFIG = JSON.parse(readFileSync(new URL('./headers.json', import.meta.url), 'utf8'));
export const HASHED_ASSET = new RegExp(CONFIG.hashedAssetPattern);

export const frameAncestors = (origins) => (origins.length ? origins.join(' ') : "'none'");

/**
 * The page's `<style>` elements (in its parsed tree, scripts/build/html.mjs) as style-src
 * allows them: the sha256 of each one's text as written, which is what a browser hashes.
 */
export const styleHashes = (doc) =>
  findAll(doc, 'style').map((style) => `'sha256-${createHash('sha256').update(textOf(style), 'utf8').digest('base64')}'`);

/** The same, from the page's text. */
export const inlineStyleHashes = (html) => styleHashes(parsePage(html));

/** The hashes of the inline styles of the site built in `dir` (its index.html). */
export function builtStyleHashes(dir) {
  const page = join(dir, 'index.html');
  if (!existsSync(page)) throw new Error(`no built site in ${dir} (the policy lists its page's styles by hash): build it first, e.g. trunk build --release`);
  return inlineStyleHashes(readFileSync(page, 'utf8'));
}

/**
 * The policy sent as a header: `origins` may frame the page (frame-ancestors), `styles` are the
 * page's inline styles by hash (`inlineStyleHashes`); none allows no style at all.
 */
export const contentSecurityPolicy = ({ origins = [], styles = [] } = {}) =>
  CONFIG.contentSecurityPolicy
    .replace('{frame-ancestors}', frameAncestors(origins))
    .replace('{inline-styles}', styles.length ? styles.join(' ') : "'none'");

/** The same policy for `<meta http-equiv>`, which ignores frame-ancestors (and would warn about it). */
export const metaContentSecurityPolicy = ({ styles = [] } = {}) =>
  contentSecurityPolicy({ styles }).split(';').map((d) => d.trim()).filter((d) => !d.startsWith('frame-ancestors')).join('; ');

/** Headers every response gets; `sources` as for `contentSecurityPolicy`. */
export const securityHeaders = (sources = {}) => ({
  'Content-Security-Policy': contentSecurityPolicy(sources),
  ...CONFIG.headers,
});

/** Cache-Control for a file, by its path relative to the site's directory ('' is the directory itself). */
export function cacheControl(relPath) {
  const name = relPath.split('/').pop();
  if (name === '' || name === 'index.html') return CONFIG.cacheControl.document;
  if (name === 'sw.js') return CONFIG.cacheControl.serviceWorker;
  if (HASHED_ASSET.test(name)) return CONFIG.cacheControl.hashedAsset;
  return CONFIG.cacheControl.other;
}

/** The headers a file gets for what it is: the hashed assets may be read from any origin (hosting/headers.json). */
export const fileHeaders = (relPath) => ({
  'Cache-Control': cacheControl(relPath),
  ...(HASHED_ASSET.test(relPath.split('/').pop()) ? CONFIG.hashedAssetHeaders : {}),
});

/** All headers for one response, as the e2e tests serve them. */
export const responseHeaders = (relPath, sources = {}) => ({ ...securityHeaders(sources), ...fileHeaders(relPath) });

const GENERATED = 'Generated from hosting/headers.json by hosting/headers.mjs; do not edit by hand.';

/** A `_headers` file (Netlify, Cloudflare Pages) for the site under `basePath`. */
export function renderHeadersFile({ basePath = '/', origins = [], styles = [], files = [] }) {
  const base = normaliseBase(basePath);
  const lines = [`# kenshin-check under ${base}. ${GENERATED}`, `# Rebuild (or run: node scripts/post_build.mjs dist) after changing the settings in index.html.`, `${base}*`];
  for (const [name, value] of Object.entries(securityHeaders({ origins, styles }))) lines.push(`  ${name}: ${value}`);
  for (const file of ['', ...files]) {
    lines.push(`${base}${file}`);
    for (const [name, value] of Object.entries(fileHeaders(file))) lines.push(`  ${name}: ${value}`);
  }
  return lines.join('\n') + '\n';
}

/**
 * An nginx snippet: a `map` for the http {} block and a `location` for the server {} block.
 * `styles`: the built page's (`builtStyleHashes`), for the release it serves.
 */
export function renderNginx({ basePath = '/tools/kenshin/', root = '/srv/kenshin/', origins = ['https://portal.example.jp'], styles = [] } = {}) {
  const base = normaliseBase(basePath);
  const q = (v) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  const security = Object.entries(securityHeaders({ origins, styles })).map(([name, value]) => `    add_header ${name} ${q(value)} always;`);
  return [
    `# kenshin-check under ${base} (files: the built dist/ copied to ${root}).`,
    `# ${GENERATED}`,
    `# Regenerate from the build you serve (style-src lists its page's styles by hash), with every release:`,
    `#   node hosting/headers.mjs nginx --site dist --base ${base} --root ${root} --parents ${q(origins.join(' '))}`,
    `# frame-ancestors must list the same origins as <meta name="kenshin:allowed-parents"> in index.html.`,
    '',
    '# In the http {} block: hashed build outputs never change, everything else is revalidated;',
    '# the hashed outputs (public, the same for everyone) may be read from any origin, which a',
    '# portal\'s sandboxed frame (origin null) needs. An empty value sends no header.',
    'map $uri $kenshin_cache_control {',
    `    ${q('~' + CONFIG.hashedAssetPattern)} ${q(CONFIG.cacheControl.hashedAsset)};`,
    `    default ${q(CONFIG.cacheControl.document)};`,
    '}',
    ...Object.entries(CONFIG.hashedAssetHeaders).flatMap(([name, value]) => [
      `map $uri $kenshin_${name.toLowerCase().replace(/-/g, '_')} {`,
      `    ${q('~' + CONFIG.hashedAssetPattern)} ${q(value)};`,
      `    default "";`,
      '}',
    ]),
    '',
    '# In the server {} block:',
    ...(base === '/' ? [] : [`location = ${base.slice(0, -1)} { return 301 ${base}; }`]),
    `location ^~ ${base} {`,
    `    alias ${normaliseBase(root)};`,
    '    index index.html;',
    '    types { text/html html; text/javascript js; text/css css; application/wasm wasm; }',
    '    default_type application/octet-stream;',
    '    location ~ /_headers$ { return 404; }',
    ...security,
    '    add_header Cache-Control $kenshin_cache_control always;',
    ...Object.keys(CONFIG.hashedAssetHeaders).map((name) => `    add_header ${name} $kenshin_${name.toLowerCase().replace(/-/g, '_')} always;`),
    '}',
    '',
  ].join('\n');
}

function normaliseBase(path) {
  let p = path.startsWith('/') ? path : `/${path}`;
  if (!p.endsWith('/')) p += '/';
  return p;
}

// CLI
if (import.meta.url === `file://${process.argv[1]}`) {
  const usage = 'usage: node hosting/headers.mjs nginx|headers [--site dist] [--base /tools/kenshin/] [--root /srv/kenshin/] [--parents "https://portal.example.jp"]';
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { site: { type: 'string', default: 'dist' }, base: { type: 'string' }, root: { type: 'string' }, parents: { type: 'string' } } });
  } catch (error) {
    console.error(`${error.message}\n${usage}`);
    process.exit(2);
  }
  const { values, positionals: [what = 'nginx'] } = parsed;
  if (what !== 'nginx' && what !== 'headers') {
    console.error(usage);
    process.exit(2);
  }
  let origins;
  if (values.parents !== undefined) {
    // Checked by the app's own rule (core/src/settings.rs), through the build's renderer.
    const { allowedParents, warnings } = render(new Map([['allowed-parents', values.parents]]));
    if (warnings.length) {
      console.error(warnings.join('\n'));
      process.exit(2);
    }
    origins = allowedParents;
  }
  let styles;
  try {
    styles = builtStyleHashes(values.site);
  } catch (error) {
    console.error(error.message);
    process.exit(2);
  }
  if (what === 'nginx') process.stdout.write(renderNginx({ basePath: values.base, root: values.root, origins, styles }));
  else for (const [n, v] of Object.entries(securityHeaders({ origins: origins ?? [], styles }))) console.log(`${n}: ${v}`);
}
