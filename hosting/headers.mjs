// The response headers of kenshin-check, from the one source hosting/headers.json.
// Used by scripts/post_build.mjs (dist/_headers, the <meta> policy), by the e2e
// tests (they serve the build with exactly these headers) and to render the
// nginx snippet. The policy depends on the built page (style-src lists its <style>
// by hash), so the snippet is rendered from a build:
//
//   node hosting/headers.mjs nginx [--site dist] [--base /tools/kenshin/] [--root /srv/kenshin/] [--parents "https://portal.example.jp"]
//   node hosting/headers.mjs headers [--site dist] [--parents "…"]   (the security headers, one per line)
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const CONFIG = JSON.parse(readFileSync(new URL('./headers.json', import.meta.url), 'utf8'));
export const HASHED_ASSET = new RegExp(CONFIG.hashedAssetPattern);

/**
 * The origins allowed to frame the app, from `<meta name="kenshin:allowed-parents">`
 * in index.html, validated like the app's core (core/src/settings.rs `is_origin`; both are
 * tested against hosting/origin-cases.json). One invalid origin allows none, as in the app.
 * Returns { origins, warning }.
 */
export function allowedParentsFromHtml(html) {
  const meta = metaTags(html).find((attrs) => attrs.name === 'kenshin:allowed-parents');
  if (!meta) return { origins: [], warning: null };
  const origins = (meta.content ?? '').split(/\s+/).filter(Boolean);
  const bad = origins.find((origin) => !isOrigin(origin));
  if (bad) {
    return { origins: [], warning: `kenshin:allowed-parents: ${JSON.stringify(bad)} is not an origin such as https://portal.example.jp; no parent is allowed (frame-ancestors 'none')` };
  }
  return { origins, warning: null };
}

/**
 * `https://host[:port]`, or `http://` on exactly 127.0.0.1, localhost or [::1] (local tests
 * only), written as a browser serialises an origin: the app compares strings, so any other
 * spelling would never match, and a look-alike (`http://127.0.0.1.evil.example`) would match
 * someone else. Lower-case DNS labels (punycode, not Unicode) or a dotted IPv4 address; no
 * userinfo, path, query or trailing dot; a port 1–65535 without a leading zero, not the
 * scheme's default. The same rules as core/src/settings.rs `is_origin`, row by row in
 * hosting/origin-cases.json.
 */
export function isOrigin(text) {
  const m = /^(https|http):\/\/(\[::1\]|[^:[\]]*)(?::([^:]*))?$/.exec(text);
  if (!m) return false;
  const [, scheme, host, port] = m;
  if (port !== undefined) {
    if (!/^[1-9][0-9]{0,4}$/.test(port) || Number(port) > 65535) return false;
    if (Number(port) === (scheme === 'https' ? 443 : 80)) return false;
  }
  if (['127.0.0.1', 'localhost', '[::1]'].includes(host)) return true;
  return scheme === 'https' && isHostName(host);
}

function isHostName(host) {
  const labels = host.split('.');
  if (/^[0-9]*$/.test(labels[labels.length - 1])) {
    // A name ending in a number must be an IPv4 address: browsers reject or rewrite anything else.
    return labels.length === 4 && labels.every((part) => /^(0|[1-9][0-9]{0,2})$/.test(part) && Number(part) <= 255);
  }
  return host.length <= 253 && labels.every((label) => /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(label));
}

/** Every `<meta …>` tag's attributes, names lower-cased, entities in values decoded. */
export function metaTags(html) {
  return [...html.matchAll(/<meta\b([^>]*)>/gi)].map((m) => attributes(m[1]));
}

export function attributes(text) {
  const attrs = {};
  for (const m of text.matchAll(/([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
    attrs[m[1].toLowerCase()] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}

const decodeEntities = (s) =>
  s.replace(/&(amp|lt|gt|quot|#39|apos);/g, (_, e) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'" })[e]);

/** A value written into a double-quoted attribute: what `attributes` reads back as it was. */
export const escapeAttr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export const frameAncestors = (origins) => (origins.length ? origins.join(' ') : "'none'");

/**
 * The page's `<style>` elements as style-src allows them: the sha256 of each one's text as
 * written, which is what a browser hashes.
 */
export const inlineStyleHashes = (html) =>
  [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)].map((m) => `'sha256-${createHash('sha256').update(m[1], 'utf8').digest('base64')}'`);

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

/** All headers for one response, as the e2e tests serve them. */
export const responseHeaders = (relPath, sources = {}) => ({ ...securityHeaders(sources), 'Cache-Control': cacheControl(relPath) });

const GENERATED = 'Generated from hosting/headers.json by hosting/headers.mjs; do not edit by hand.';

/** A `_headers` file (Netlify, Cloudflare Pages) for the site under `basePath`. */
export function renderHeadersFile({ basePath = '/', origins = [], styles = [], files = [] }) {
  const base = normaliseBase(basePath);
  const lines = [`# kenshin-check under ${base}. ${GENERATED}`, `# Rebuild (or run: node scripts/post_build.mjs dist) after changing the settings in index.html.`, `${base}*`];
  for (const [name, value] of Object.entries(securityHeaders({ origins, styles }))) lines.push(`  ${name}: ${value}`);
  const byValue = new Map();
  for (const file of ['', ...files]) {
    const value = cacheControl(file);
    if (!byValue.has(value)) byValue.set(value, []);
    byValue.get(value).push(file);
  }
  for (const [value, group] of byValue) {
    for (const file of group) lines.push(`${base}${file}`, `  Cache-Control: ${value}`);
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
    '# In the http {} block: hashed build outputs never change, everything else is revalidated.',
    'map $uri $kenshin_cache_control {',
    `    ${q('~' + CONFIG.hashedAssetPattern)} ${q(CONFIG.cacheControl.hashedAsset)};`,
    `    default ${q(CONFIG.cacheControl.document)};`,
    '}',
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
  const [what = 'nginx', ...rest] = process.argv.slice(2);
  const opt = (name, fallback) => {
    const i = rest.indexOf(`--${name}`);
    return i >= 0 ? rest[i + 1] : fallback;
  };
  const parents = opt('parents', undefined);
  const origins = parents === undefined ? undefined : parents.split(/\s+/).filter(Boolean);
  const bad = (origins ?? []).find((o) => !isOrigin(o));
  if (bad) {
    console.error(`not an origin: ${bad}`);
    process.exit(2);
  }
  const usage = 'usage: node hosting/headers.mjs nginx|headers [--site dist] [--base /tools/kenshin/] [--root /srv/kenshin/] [--parents "https://portal.example.jp"]';
  if (what !== 'nginx' && what !== 'headers') {
    console.error(usage);
    process.exit(2);
  }
  let styles;
  try {
    styles = builtStyleHashes(opt('site', 'dist'));
  } catch (error) {
    console.error(error.message);
    process.exit(2);
  }
  if (what === 'nginx') process.stdout.write(renderNginx({ basePath: opt('base', undefined), root: opt('root', undefined), origins, styles }));
  else for (const [n, v] of Object.entries(securityHeaders({ origins: origins ?? [], styles }))) console.log(`${n}: ${v}`);
}
