// What the built site holds, read from its files: no browser, so it runs once per run of
// scripts/test, not once per engine. The engines' tests prove what only a browser can.
// - The Content-Security-Policy (docs/product.md, "Privacy rules"): one inline script (the
//   head script) and the page's <style>s, each allowed by its hash; sha384 integrity on every
//   file the page loads; dist/_headers and hosting/nginx-kenshin.conf from hosting/headers.json.
// - The first view's render hold; the portal snippet inside the example portal page.
// - The size guard (bench/budget.json): a size check on the built files, not a timing.
// DIST=<dir> checks another build.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { BUDGET, measureDir } from '../../bench/sizes.mjs';
import { DIST, assertBuilt } from '../hosting.mjs';
import { attr, elements, findAll, parsePage, textOf } from '../../scripts/build/html.mjs';
import { checkPage } from '../../scripts/build/policy.mjs';
import {
  CONFIG, cacheControl, contentSecurityPolicy, inlineStyleHashes,
  metaContentSecurityPolicy, renderHeadersFile, renderNginx, securityHeaders,
} from '../../hosting/headers.mjs';

const EXAMPLES = new URL('../../examples/', import.meta.url).pathname;
const read = (name) => readFileSync(join(DIST, name));
const sha384 = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
const fileOf = (ref) => (ref.startsWith('./') ? ref.slice(2) : ref.startsWith('data:') ? null : ref);
const directives = (policy) => Object.fromEntries(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));

let html, styles;
before(() => {
  assertBuilt();
  html = read('index.html').toString();
  styles = inlineStyleHashes(html);
});

test('the policy in hosting/headers.json: no unsafe-inline or unsafe-eval, connect-src self, framing only by allowed parents, styles only the page\'s own', () => {
  const policy = directives(contentSecurityPolicy({ origins: ['https://portal.example.jp'], styles }));
  assert.doesNotMatch(CONFIG.contentSecurityPolicy, /'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|\*/);
  assert.deepEqual(policy['default-src'], ["'none'"]);
  const [self, wasm, ...hashes] = policy['script-src'];
  assert.deepEqual([self, wasm], ["'self'", "'wasm-unsafe-eval'"]);
  assert.equal(hashes.length, 1, 'one inline script is allowed, by its hash: index.html\'s head script');
  assert.match(hashes[0], /^'sha256-[A-Za-z0-9+/]{43}='$/);
  assert.equal(styles.length, 2, 'the page has a <style> per style sheet');
  for (const style of styles) assert.match(style, /^'sha256-[A-Za-z0-9+/]{43}='$/);
  assert.deepEqual(policy['style-src'], styles, 'style-src allows the page\'s <style> by its hash, and nothing else: no style sheet file, no other inline style');
  assert.deepEqual(directives(contentSecurityPolicy())['style-src'], ["'none'"], 'a page without a <style> allows no style');
  assert.deepEqual(policy['connect-src'], ["'self'"], 'connect-src no wider than self (wasm-bindgen fetches the .wasm)');
  assert.deepEqual(policy['base-uri'], ["'none'"]);
  assert.deepEqual(policy['form-action'], ["'none'"]);
  assert.deepEqual(policy['frame-ancestors'], ['https://portal.example.jp']);
  assert.deepEqual(directives(contentSecurityPolicy({ styles }))['frame-ancestors'], ["'none'"], 'no parent allowed: nobody may frame it');
  const headers = securityHeaders();
  assert.equal(headers['Referrer-Policy'], 'no-referrer');
  assert.equal(headers['X-Content-Type-Options'], 'nosniff');
  assert.match(headers['Permissions-Policy'], /(^|, )camera=\(self\)(,|$)/);
  assert.match(headers['Permissions-Policy'], /(^|, )microphone=\(self\)(,|$)/);
});

test('the built index.html has one inline script and its <style>s, each allowed by its hash, and sha384 integrity on the loader, js and wasm', () => {
  const doc = parsePage(html);
  assert.deepEqual(checkPage(doc, DIST), []);
  const scripts = findAll(doc, 'script');
  assert.equal(scripts.length, 2, 'two scripts: the head script and the external loader');
  const head = `'sha256-${createHash('sha256').update(textOf(scripts[0])).digest('base64')}'`;
  assert.ok(directives(contentSecurityPolicy({ styles }))['script-src'].includes(head), 'the head script is the one the policy allows');
  const sheets = findAll(doc, 'style');
  assert.equal(sheets.length, 2, 'a <style> per style sheet');
  assert.deepEqual(styles, sheets.map((s) => `'sha256-${createHash('sha256').update(textOf(s)).digest('base64')}'`));
  assert.ok(textOf(sheets[0]).includes('#first-view') && textOf(sheets[1]).includes('.guide'), 'they are styles/app.css and styles/guide.css');
  assert.ok(sheets.every((s) => s.parentNode.tagName === 'head'), 'in the head');
  const loader = scripts[1];
  assert.equal(textOf(loader).trim(), '', 'the loader script is empty (external)');
  assert.equal(attr(loader, 'type'), 'module');
  assert.match(attr(loader, 'src'), /^\.\/loader-[0-9a-f]{16}\.js$/);
  assert.equal(attr(loader, 'integrity'), sha384(read(fileOf(attr(loader, 'src')))));
  const links = findAll(doc, 'link');
  const byRel = (rel) => links.filter((l) => attr(l, 'rel') === rel);
  assert.deepEqual(byRel('stylesheet'), [], 'no style sheet to fetch before the first paint');
  assert.deepEqual(readdirSync(DIST).filter((f) => f.endsWith('.css')), [], 'no .css file is left in the build');
  for (const l of [...byRel('modulepreload'), ...byRel('preload')]) {
    assert.equal(attr(l, 'integrity'), sha384(read(fileOf(attr(l, 'href')))), `${attr(l, 'href')}: integrity`);
  }
  const [js] = byRel('modulepreload');
  const [wasm] = byRel('preload');
  assert.match(attr(js, 'href'), /\.js$/, 'the wasm-bindgen JS is modulepreloaded: the loader imports it, after checking it with this integrity');
  assert.match(attr(wasm, 'href'), /_bg\.wasm$/, 'the .wasm is preloaded: the loader fetches it with this integrity');
  assert.equal(attr(wasm, 'as'), 'fetch');
  const policies = findAll(doc, 'meta', (m) => (attr(m, 'http-equiv') ?? '').toLowerCase() === 'content-security-policy');
  assert.equal(policies.length, 1);
  assert.equal(attr(policies[0], 'content'), metaContentSecurityPolicy({ styles }), 'the <meta> policy is the header policy minus frame-ancestors');
  const order = [...elements(doc)];
  assert.ok(order.indexOf(policies[0]) < Math.min(...[...links, ...sheets, ...scripts].map((e) => order.indexOf(e))), 'the <meta> policy comes before every subresource, style and script');
});

test('dist/_headers and hosting/nginx-kenshin.conf are generated from hosting/headers.json', () => {
  const origins = []; // index.html as built allows no parent (kenshin:allowed-parents is empty)
  const headersFile = read('_headers').toString();
  const base = /^(\/\S*)\*$/m.exec(headersFile)?.[1];
  assert.ok(base, '_headers has a rule for the whole site');
  const files = readdirSync(DIST).filter((f) => f !== '_headers').sort();
  assert.equal(headersFile, renderHeadersFile({ basePath: base, origins, styles, files }));
  assert.ok(headersFile.includes(`Content-Security-Policy: ${contentSecurityPolicy({ origins, styles })}\n`));
  for (const f of files) assert.ok(headersFile.includes(`${base}${f}\n  Cache-Control: ${cacheControl(f)}\n`), `${f} has its Cache-Control`);
  assert.equal(cacheControl('index.html'), 'no-cache');
  assert.equal(cacheControl('sw.js'), 'no-cache');
  assert.match(cacheControl(files.find((f) => f.endsWith('.wasm'))), /immutable/);
  const nginx = readFileSync(new URL('../../hosting/nginx-kenshin.conf', import.meta.url), 'utf8');
  assert.equal(nginx, renderNginx({ styles }), 'hosting/nginx-kenshin.conf is stale (for this build\'s styles): node hosting/headers.mjs nginx --site dist > hosting/nginx-kenshin.conf');
});

test('no frame before the first view is parsed whole: the head holds rendering until #first-view is complete', () => {
  const doc = parsePage(html);
  const order = [...elements(doc)];
  const [expect, ...more] = findAll(doc, 'link', (l) => attr(l, 'rel') === 'expect');
  assert.ok(expect && more.length === 0, 'one <link rel="expect">');
  assert.equal(attr(expect, 'href'), '#first-view');
  assert.equal(attr(expect, 'blocking'), 'render');
  assert.equal(expect.parentNode.tagName, 'head');
  assert.ok(findAll(doc, 'style').every((s) => order.indexOf(expect) < order.indexOf(s)), 'before the styles');
  assert.equal(findAll(doc, 'div', (d) => attr(d, 'id') === 'first-view').length, 1, 'the element it waits for is in the page, once');
});

test('examples/portal.html contains examples/portal-snippet.html verbatim', () => {
  const strip = (text) => text.split('\n').map((l) => l.trim()).filter(Boolean).join('\n');
  assert.ok(strip(readFileSync(join(EXAMPLES, 'portal.html'), 'utf8')).includes(strip(readFileSync(join(EXAMPLES, 'portal-snippet.html'), 'utf8'))));
});

// Enforced ceiling; the 120 KB target (BUDGET.brotliBytes) is reported by bench/run.
const LIMIT = BUDGET.guardBrotliBytes ?? BUDGET.brotliBytes;

test(`brotli total of the shipped files is within ${LIMIT} bytes`, () => {
  const { files, total } = measureDir(DIST);
  assert.ok(files.some((f) => f.name.endsWith('.wasm')), `no .wasm in ${DIST}`);
  assert.ok(files.some((f) => f.name === 'index.html'), `no index.html in ${DIST}`);
  for (const f of files) console.log(`  ${f.name}: ${f.raw} raw, ${f.brotli} brotli`);
  console.log(`  total: ${total.brotli} bytes brotli (guard ${LIMIT}, target ${BUDGET.brotliBytes}: ${((100 * total.brotli) / BUDGET.brotliBytes).toFixed(1)} % of target)`);
  assert.ok(total.brotli <= LIMIT, `brotli total ${total.brotli} bytes exceeds the guard of ${LIMIT} bytes (bench/budget.json)`);
});
