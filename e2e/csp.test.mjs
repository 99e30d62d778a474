// Strict Content-Security-Policy (issue 5, SPEC §3): the built page has no inline
// script or style and carries sha384 integrity on its subresources; served with
// the real headers from hosting/headers.json, the checker works with zero CSP
// violations, and what the policy forbids really is blocked.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { launch, verdict } from './browser.mjs';
import { DIST, assertBuilt, serveApp } from './hosting.mjs';
import { checkPage } from '../scripts/post_build.mjs';
import {
  CONFIG, allowedParentsFromHtml, attributes, cacheControl, contentSecurityPolicy,
  metaContentSecurityPolicy, renderHeadersFile, renderNginx, securityHeaders,
} from '../hosting/headers.mjs';

const read = (name) => readFileSync(join(DIST, name));
const sha384 = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
const fileOf = (ref) => (ref.startsWith('./') ? ref.slice(2) : ref.startsWith('data:') ? null : ref);
const directives = (policy) => Object.fromEntries(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));

let html;
before(() => {
  assertBuilt();
  html = read('index.html').toString();
});

test('the policy in hosting/headers.json: no unsafe-inline or unsafe-eval, connect-src self, framing only by allowed parents', () => {
  const policy = directives(contentSecurityPolicy(['https://portal.example.jp']));
  assert.doesNotMatch(CONFIG.contentSecurityPolicy, /'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|\*/);
  assert.deepEqual(policy['default-src'], ["'none'"]);
  assert.deepEqual(policy['script-src'], ["'self'", "'wasm-unsafe-eval'"]);
  assert.deepEqual(policy['style-src'], ["'self'"]);
  assert.deepEqual(policy['connect-src'], ["'self'"], 'connect-src no wider than self (wasm-bindgen fetches the .wasm)');
  assert.deepEqual(policy['base-uri'], ["'none'"]);
  assert.deepEqual(policy['form-action'], ["'none'"]);
  assert.deepEqual(policy['frame-ancestors'], ['https://portal.example.jp']);
  assert.deepEqual(directives(contentSecurityPolicy([]))['frame-ancestors'], ["'none'"], 'no parent allowed: nobody may frame it');
  const headers = securityHeaders();
  assert.equal(headers['Referrer-Policy'], 'no-referrer');
  assert.equal(headers['X-Content-Type-Options'], 'nosniff');
  assert.match(headers['Permissions-Policy'], /(^|, )camera=\(self\)(,|$)/);
  assert.match(headers['Permissions-Policy'], /(^|, )microphone=\(self\)(,|$)/);
});

test('the built index.html has no inline script or style, and sha384 integrity on the loader, js, wasm and css', () => {
  assert.deepEqual(checkPage(html, DIST, (ref) => {
    const f = fileOf(ref);
    return f && readdirSync(DIST).includes(f) ? f : null;
  }), []);
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
  assert.equal(scripts.length, 1, 'exactly one script: our external loader');
  const loader = attributes(scripts[0][1]);
  assert.equal(scripts[0][2].trim(), '', 'the loader script is empty (external)');
  assert.equal(loader.type, 'module');
  assert.match(loader.src, /^\.\/loader-[0-9a-f]{16}\.js$/);
  assert.equal(loader.integrity, sha384(read(fileOf(loader.src))));
  const links = [...html.matchAll(/<link\b([^>]*)>/gi)].map((m) => attributes(m[1]));
  const byRel = (rel) => links.filter((l) => l.rel === rel);
  assert.ok(byRel('stylesheet').length >= 1, 'a stylesheet');
  for (const l of [...byRel('stylesheet'), ...byRel('modulepreload'), ...byRel('preload')]) {
    assert.equal(l.integrity, sha384(read(fileOf(l.href))), `${l.href}: integrity`);
  }
  const [js] = byRel('modulepreload');
  const [wasm] = byRel('preload');
  assert.match(js?.href ?? '', /\.js$/, 'the wasm-bindgen JS is modulepreloaded (its SRI check)');
  assert.match(wasm?.href ?? '', /_bg\.wasm$/, 'the .wasm is preloaded');
  const loaderText = read(fileOf(loader.src)).toString();
  assert.ok(loaderText.includes(`from '${js.href}'`), 'the loader imports the modulepreloaded JS');
  assert.ok(loaderText.includes(`integrity: '${sha384(read(fileOf(wasm.href)))}'`), 'the loader fetches the .wasm with its sha384');
  assert.ok(html.indexOf(js.href) < html.indexOf(loader.src), 'the modulepreload comes before the loader');
  const meta = [...html.matchAll(/<meta\b([^>]*)>/gi)].map((m) => attributes(m[1])).find((m) => (m['http-equiv'] ?? '').toLowerCase() === 'content-security-policy');
  assert.equal(meta?.content, metaContentSecurityPolicy(), 'the <meta> policy is the header policy minus frame-ancestors');
  assert.ok(html.indexOf('Content-Security-Policy') < html.indexOf('<link'), 'the <meta> policy comes before every subresource');
});

test('dist/_headers and hosting/nginx-kenshin.conf are generated from hosting/headers.json', () => {
  const { origins } = allowedParentsFromHtml(html);
  const headersFile = read('_headers').toString();
  const base = /^(\/\S*)\*$/m.exec(headersFile)?.[1];
  assert.ok(base, '_headers has a rule for the whole site');
  const files = readdirSync(DIST).filter((f) => f !== '_headers').sort();
  assert.equal(headersFile, renderHeadersFile({ basePath: base, origins, files }));
  assert.ok(headersFile.includes(`Content-Security-Policy: ${contentSecurityPolicy(origins)}\n`));
  for (const f of files) assert.ok(headersFile.includes(`${base}${f}\n  Cache-Control: ${cacheControl(f)}\n`), `${f} has its Cache-Control`);
  assert.equal(cacheControl('index.html'), 'no-cache');
  assert.equal(cacheControl('sw.js'), 'no-cache');
  assert.match(cacheControl(files.find((f) => f.endsWith('.wasm'))), /immutable/);
  const nginx = readFileSync(new URL('../hosting/nginx-kenshin.conf', import.meta.url), 'utf8');
  assert.equal(nginx, renderNginx(), 'hosting/nginx-kenshin.conf is stale: node hosting/headers.mjs nginx > hosting/nginx-kenshin.conf');
});

test('served with the real headers, the checker works with zero CSP violations; inline script and style are blocked', async () => {
  const server = await serveApp();
  const context = await launch();
  try {
    const page = context.pages()[0];
    const console_ = [];
    page.on('console', (m) => console_.push(`${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => console_.push(`pageerror: ${e}`));
    const cdp = await context.newCDPSession(page);
    const log = [];
    cdp.on('Log.entryAdded', ({ entry }) => log.push(`${entry.source}/${entry.level}: ${entry.text}`));
    await cdp.send('Log.enable');
    // Injected through CDP (Page.addScriptToEvaluateOnNewDocument), so the policy does not apply to it.
    await page.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(`${e.violatedDirective}: ${e.blockedURI}`));
    });
    const response = await page.goto(server.url);
    assert.equal(response.headers()['content-security-policy'], contentSecurityPolicy([]), 'the header is served');
    await page.waitForSelector('[data-verdict]', { timeout: 15000 });
    await page.fill('#systolic_bp', '185');
    assert.equal(await verdict(page), 'see-doctor-first');
    await page.click('.lang-toggle');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page.click('[data-nav=guide]');
    await page.emulateMedia({ media: 'print' });
    await page.emulateMedia({ media: 'screen' });
    await page.click('[data-nav=checker]');
    await page.waitForTimeout(500);

    const csp = /content.security.policy|refused to/i;
    const violations = [
      ...(await page.evaluate(() => window.__cspViolations)).map((v) => `securitypolicyviolation ${v}`),
      ...console_.filter((m) => csp.test(m)),
      ...log.filter((m) => csp.test(m)),
    ];
    assert.deepEqual(violations, [], 'CSP violations');
    assert.deepEqual(console_.filter((m) => /permissions.policy/i.test(m)), [], 'the Permissions-Policy header is understood');
    assert.deepEqual(console_.filter((m) => m.startsWith('error') || m.startsWith('pageerror')), [], 'console errors');

    // Control: the three listeners do see a violation, and the policy blocks inline code.
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.head.append(script);
      const style = document.createElement('style');
      style.textContent = 'body { outline: 3px solid red }';
      document.head.append(style);
      // A string compiled later by the page itself (page.evaluate's own code is exempt).
      window.__evalRan = false;
      try { setTimeout('window.__evalRan = true', 0); } catch { /* blocked */ }
      await new Promise((r) => setTimeout(r, 300));
      return { script: window.__inlineRan === true, style: getComputedStyle(document.body).outlineStyle === 'solid', eval: window.__evalRan };
    });
    assert.deepEqual(ran, { script: false, style: false, eval: false }, 'inline script, inline style and eval are blocked');
    const seen = await page.evaluate(() => window.__cspViolations);
    assert.ok(seen.some((v) => v.startsWith('script-src')) && seen.some((v) => v.startsWith('style-src')), `the violation listener works: ${seen}`);
    assert.ok(seen.some((v) => v.endsWith(': eval')), `eval is reported: ${seen}`);
    assert.ok(log.some((m) => csp.test(m)) || console_.some((m) => csp.test(m)), 'violations reach the console log');
  } finally {
    await context.close();
    await server.close();
  }
});

for (const kind of ['.wasm', '.js', '.css']) {
  test(`subresource integrity: a tampered ${kind} is refused`, async () => {
    const target = readdirSync(DIST).find((f) => (kind === '.js' ? /^kenshin-check-.*\.js$/.test(f) : f.endsWith(kind)));
    const server = await serveApp({ transform: (path, body) => (path === target ? Buffer.concat([body, Buffer.from(kind === '.wasm' ? [0] : ' ')]) : body) });
    const context = await launch();
    try {
      const page = context.pages()[0];
      const messages = [];
      page.on('console', (m) => messages.push(m.text()));
      await page.goto(server.url);
      await page.waitForTimeout(2000);
      const integrityError = messages.some((m) => /integrity/i.test(m) && m.includes(target));
      assert.ok(integrityError, `the browser reports ${target}'s integrity: ${messages.join(' | ')}`);
      if (kind === '.css') {
        assert.equal(await page.evaluate(() => document.styleSheets.length), readdirSync(DIST).filter((f) => f.endsWith('.css')).length - 1, 'the tampered style sheet is not applied');
      } else {
        assert.equal(await page.$('[data-verdict]'), null, `the app does not start with a tampered ${kind}`);
      }
    } finally {
      await context.close();
      await server.close();
    }
  });
}

test('cache headers: page and service worker revalidated, hashed files immutable', async () => {
  const server = await serveApp();
  try {
    const get = async (path) => (await fetch(server.url + path)).headers;
    assert.equal((await get('')).get('cache-control'), 'no-cache');
    assert.equal((await get('sw.js')).get('cache-control'), 'no-cache');
    const wasm = readdirSync(DIST).find((f) => f.endsWith('.wasm'));
    const h = await get(wasm);
    assert.match(h.get('cache-control'), /immutable/);
    assert.equal(h.get('content-security-policy'), contentSecurityPolicy([]));
    assert.equal(h.get('x-content-type-options'), 'nosniff');
  } finally {
    await server.close();
  }
});
