// Strict Content-Security-Policy (docs/product.md, "Privacy rules"): served with the real
// headers from hosting/headers.json, the checker works with zero CSP violations, and what
// the policy forbids really is blocked, in every engine (Chromium, WebKit, Firefox: each
// reports violations and integrity failures in its own words). What the built files hold
// (one inline script and the page's <style>s by hash, sha384 integrity, the headers files)
// needs no browser: e2e/build/output.test.mjs, once per run.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { ENGINE, named, verdict } from './engines/index.mjs';
import { browsersForFile } from './fixtures.mjs';
import { DIST, assertBuilt, pageQuiet, pageRequests, serveApp } from './hosting.mjs';
import { builtStyleHashes, contentSecurityPolicy } from '../hosting/headers.mjs';

let styles;
// Each test serves the app on an origin of its own: the tests with the same launch options share a browser.
const browserWith = browsersForFile();
before(() => {
  assertBuilt();
  styles = builtStyleHashes(DIST);
});

// How each engine words what the policy blocked (console errors in Chromium and WebKit,
// page errors in Firefox), per kind of violation.
const CSP_WORDING = {
  chromium: {
    any: /violates the following Content Security Policy directive/,
    script: /^Executing inline script violates the following Content Security Policy directive 'script-src /,
    style: /^Applying inline style violates the following Content Security Policy directive 'style-src /,
    eval: /^Evaluating a string as JavaScript violates the following Content Security Policy directive because 'unsafe-eval'/,
  },
  firefox: {
    any: /Content-Security-Policy: /,
    script: /Content-Security-Policy: The page’s settings blocked an inline script \(script-src-elem\)/,
    style: /Content-Security-Policy: The page’s settings blocked an inline style \(style-src-elem\)/,
    eval: /Content-Security-Policy: The page’s settings blocked a JavaScript eval \(script-src\)/,
  },
  webkit: {
    any: /^Refused to .*Content Security Policy/,
    script: /^Refused to execute a script because its hash, its nonce, or 'unsafe-inline' does not appear in the script-src directive of the Content Security Policy/,
    style: /^Refused to apply a stylesheet because its hash, its nonce, or 'unsafe-inline' does not appear in the style-src directive of the Content Security Policy/,
    eval: /^Refused to execute a script because 'unsafe-eval'.* does not appear in the script-src directive of the Content Security Policy/,
  },
}[ENGINE];
// Any engine's wording, to find a violation whatever the message's type.
const CSP_ANY = /content.security.policy|refused to/i;

// Recorded from document start in every frame, before the page's scripts (an init script: the policy does not apply to it).
const RECORD_VIOLATIONS = `window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(e.violatedDirective + ': ' + e.blockedURI));`;

test(named('served with the real headers, the checker works with zero CSP violations; inline script and style are blocked'), async () => {
  const server = await serveApp();
  const browser = await browserWith({ initScripts: [RECORD_VIOLATIONS] });
  const page = await browser.newPage();
  try {
    const served = await fetch(server.url);
    assert.equal(served.headers.get('content-security-policy'), contentSecurityPolicy({ styles }), 'the header is served');
    await page.goto(server.url);
    await page.waitForSelector('[data-verdict]', { timeout: 15000 });
    assert.deepEqual(await page.evaluate(() => window.__cspViolations), [], 'the violation recorder is in place');
    await page.fill('#systolic_bp', '185');
    assert.equal(await verdict(page), 'see-doctor-first');
    await page.click('.lang-toggle');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page.click('[data-nav=guide]');
    await page.waitForSelector('[data-nav=guide][aria-current=page]');
    await page.emulateMedia({ media: 'print' });
    await page.emulateMedia({ media: 'screen' });
    await page.click('[data-nav=checker]');
    await page.waitForSelector('[data-verdict]');
    await pageQuiet(browser.proxy, 500);

    const violations = [
      ...(await page.evaluate(() => window.__cspViolations)).map((v) => `securitypolicyviolation ${v}`),
      ...page.messages.filter((m) => CSP_ANY.test(m.text)).map((m) => `${m.type}: ${m.text}`),
    ];
    assert.deepEqual(violations, [], 'CSP violations');
    assert.deepEqual(page.messages.filter((m) => /permissions.policy/i.test(m.text)), [], 'the Permissions-Policy header is understood');
    assert.deepEqual(page.errors, [], 'console errors');

    // Control: the listener and the console do see a violation, and the policy blocks inline code.
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.head.append(script);
      const style = document.createElement('style');
      style.textContent = 'body { outline: 3px solid red }';
      document.head.append(style);
      // A string compiled later by the page itself (the test's own evaluated code is exempt).
      window.__evalRan = false;
      try { setTimeout('window.__evalRan = true', 0); } catch { /* blocked */ }
      // Timers of the same delay run in the order they were set: after this one, the string's had its turn.
      await new Promise((r) => setTimeout(r, 0));
      return { script: window.__inlineRan === true, style: getComputedStyle(document.body).outlineStyle === 'solid', eval: window.__evalRan };
    });
    assert.deepEqual(ran, { script: false, style: false, eval: false }, 'inline script, inline style and eval are blocked');
    // The violation events are queued tasks of their own: waited for, up to 5 s.
    const allSeen = () => {
      const seen = window.__cspViolations;
      return seen.some((v) => v.startsWith('script-src')) && seen.some((v) => v.startsWith('style-src')) && seen.some((v) => v.endsWith(': eval'));
    };
    await page.waitForFunction(allSeen, null, { timeout: 5000 }).catch(() => {});
    const seen = await page.evaluate(() => window.__cspViolations);
    assert.ok(seen.some((v) => v.startsWith('script-src')) && seen.some((v) => v.startsWith('style-src')), `the violation listener works: ${seen}`);
    assert.ok(seen.some((v) => v.endsWith(': eval')), `eval is reported: ${seen}`);
    // Each one reaches the console as an error, in this engine's words.
    const reported = (kind) => page.errors.some((e) => CSP_WORDING[kind].test(e.replace(/^Error: /, '')));
    const end = Date.now() + 5000; // WebKit's console is read from its log file, written a moment later
    while (!['script', 'style', 'eval'].every(reported) && Date.now() < end) await new Promise((r) => setTimeout(r, 100));
    for (const kind of ['script', 'style', 'eval']) {
      assert.ok(reported(kind), `${ENGINE} reports the blocked ${kind} as a console error:\n  ${page.errors.join('\n  ')}`);
    }
    assert.ok(page.errors.every((e) => CSP_WORDING.any.test(e)), `every console error is one of the control's violations:\n  ${page.errors.join('\n  ')}`);
  } finally {
    await page.close();
    await server.close();
  }
});

// How each engine words a failed integrity check of `url`.
const SRI_WORDING = {
  chromium: (url) => `Failed to find a valid digest in the 'integrity' attribute for resource '${url}'`,
  firefox: (url) => `None of the “sha384” hashes in the integrity attribute match the content of the subresource at “${url}”`,
  webkit: (url) => new RegExp(`^${url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\. Failed integrity metadata check\\.|^Failed integrity metadata check\\. ${url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
}[ENGINE];
const reportsIntegrity = (error, url) => {
  const wording = SRI_WORDING(url);
  return typeof wording === 'string' ? error.includes(wording) : wording.test(error);
};

for (const kind of ['.wasm', '.js']) {
  test(named(`subresource integrity: a tampered ${kind} is refused`), async () => {
    const target = readdirSync(DIST).find((f) => (kind === '.js' ? /^kenshin-check-.*\.js$/.test(f) : f.endsWith(kind)));
    const server = await serveApp({ transform: (path, body) => (path === target ? Buffer.concat([body, Buffer.from(kind === '.wasm' ? [0] : ' ')]) : body) });
    const browser = await browserWith();
    const page = await browser.newPage();
    try {
      await page.goto(server.url);
      const url = `${server.url}${target}`;
      // The page has loaded, and asked for everything it will: the loader had its chance to start the app.
      await page.waitForFunction(() => document.readyState === 'complete');
      await pageQuiet(browser.proxy, 1000);
      assert.ok(pageRequests(browser.proxy).includes(`GET ${url}`), `the tampered ${target} was requested`);
      assert.equal(await page.count('[data-verdict]'), 0, `the app does not start with a tampered ${kind}`);
      const end = Date.now() + 5000;
      while (!page.errors.some((e) => reportsIntegrity(e, url)) && Date.now() < end) await new Promise((r) => setTimeout(r, 100));
      assert.ok(page.errors.some((e) => reportsIntegrity(e, url)), `${ENGINE} reports ${target}'s integrity as a console error:\n  ${page.errors.join('\n  ')}`);
    } finally {
      await page.close();
      await server.close();
    }
  });
}

test(named('an edited <style> is refused: the policy allows the built one only'), async () => {
  // The page's first <style> with one rule more, served with the built page's policy (header and <meta>).
  const server = await serveApp({
    transform: (path, body) => (path === 'index.html' ? body.toString().replace('</style>', 'body{outline:3px solid red}</style>') : undefined),
  });
  const browser = await browserWith({ initScripts: [RECORD_VIOLATIONS] });
  const page = await browser.newPage();
  try {
    await page.goto(server.url);
    await page.waitForSelector('[data-verdict]', { timeout: 15000 });
    // None of its rules applies, neither the added one nor the page's own; the app still runs.
    const applied = await page.evaluate(() => ({
      outline: getComputedStyle(document.body).outlineStyle,
      rules: document.querySelector('style').sheet?.cssRules.length ?? 0,
    }));
    assert.deepEqual(applied, { outline: 'none', rules: 0 }, 'no rule of the edited <style> applies');
    const end = Date.now() + 5000;
    while (!page.errors.some((e) => CSP_WORDING.style.test(e.replace(/^Error: /, ''))) && Date.now() < end) await new Promise((r) => setTimeout(r, 100));
    assert.ok(page.errors.some((e) => CSP_WORDING.style.test(e.replace(/^Error: /, ''))), `${ENGINE} reports the refused <style> as a console error:\n  ${page.errors.join('\n  ')}`);
    assert.ok((await page.evaluate(() => window.__cspViolations)).some((v) => v.startsWith('style-src')), 'a style-src violation');
  } finally {
    await page.close();
    await server.close();
  }
});

