// Trunk post_build hook (Trunk.toml [[hooks]]): makes the staged site CSP-strict
// for static hosting and adds offline use. Also runs by hand on a built site:
//
//   node scripts/post_build.mjs [dir]        (default: $TRUNK_STAGING_DIR)
//
// Re-run it on dist/ after editing the <meta name="kenshin:…"> settings in
// dist/index.html: the service worker's version and _headers follow. Idempotent.
//
// 0. In a release build the wasm and its glue get short names for each other's
//    imports and exports (scripts/short_names.mjs), then the glue and the style
//    sheets are minified (minifyGlue, minifyStyles below). The page gets its first
//    view and what a browser shows where the app cannot run (scripts/prerender.mjs).
// 1. Trunk's inline module loader becomes an external file of ours,
//    loader-<hash>.js, loaded with <script type="module" src integrity>. The one
//    inline script left is index.html's own, in the head, which runs before the
//    first paint (the page's language; whether the first view shows): script-src
//    allows it by its hash (hosting/headers.json), never by 'unsafe-inline'.
//    The loader fetches the .wasm with its sha384 integrity (a real SRI check, not
//    only the preload's), imports the wasm-bindgen JS (SRI-checked by its
//    <link rel="modulepreload" integrity>, placed before the loader so the module
//    map entry is the checked one) and registers sw.js. Where WebAssembly is missing or
//    the app fails to load, it shows the page's [data-no-wasm] section instead. If the app's WebAssembly
//    traps (or panics: with panic = "abort" that is a trap too), it stops the
//    verdict from showing at once and restarts the app from what the page holds
//    (details at the loader's lines below; the sentences are index.html's
//    <template id="app-stopped-ja|en">).
// 1b. The style sheets go into the page, as one <style> allowed by its hash.
// 2. Every <script src> and <link href> to a file of the build gets (or keeps) a
//    sha384 integrity computed from the bytes here.
// 3. sw.js: precaches this release (cache name = hash of every file's bytes).
// 4. <meta http-equiv="Content-Security-Policy">: the header's policy minus
//    frame-ancestors, for hosts that cannot set headers (defence in depth).
// 5. _headers (Netlify / Cloudflare Pages) from hosting/headers.json, for the
//    sub-path in $KENSHIN_BASE_PATH (default "/"), frame-ancestors from
//    <meta name="kenshin:allowed-parents">.
// Finally the page is checked: no inline script or style but those the policy
// allows by hash, no event-handler or style attribute, every local
// subresource with a matching integrity.
// Under `trunk serve` (Trunk's live-reload script is inline) the loader registers no
// worker, sw.js only retires a release's worker, and there is no <meta> policy.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { CONFIG, allowedParentsFromHtml, attributes, escapeAttr, inlineStyleHashes, metaContentSecurityPolicy, metaTags, renderHeadersFile } from '../hosting/headers.mjs';
import { prerender } from './prerender.mjs';
import { shortenNames, wasmOptFlags } from './short_names.mjs';

const SW_TEMPLATE = new URL('./sw-template.js', import.meta.url);

const sha384 = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
const tag = (name, attrs, close = false) =>
  `<${name}${Object.entries(attrs).map(([k, v]) => (v === '' && k !== 'integrity' ? ` ${k}` : ` ${k}="${escapeAttr(v)}"`)).join('')}>${close ? `</${name}>` : ''}`;

const need = (value, message) => {
  if (value === null || value === undefined) throw new Error(message);
  return value;
};

function fail(message) {
  console.error(`post_build: ${message}`);
  process.exit(1);
}

/** Builds the page's pieces; returns a summary. Exported for tests. */
export async function postBuild(dir, { basePath = process.env.KENSHIN_BASE_PATH ?? '/', publicUrl = process.env.TRUNK_PUBLIC_URL } = {}) {
  const indexPath = join(dir, 'index.html');
  if (!existsSync(indexPath)) throw new Error(`no index.html in ${dir}`);
  // --- 0. The page where the app cannot run (scripts/prerender.mjs) ------------
  let html = prerender(readFileSync(indexPath, 'utf8'));

  /** A reference in the page → the file in `dir` it names. */
  const fileOf = (ref) => {
    let path = ref.split(/[?#]/)[0];
    if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(path)) return null; // another scheme or origin
    if (publicUrl && publicUrl !== './' && path.startsWith(publicUrl)) path = path.slice(publicUrl.length);
    else if (path.startsWith('./')) path = path.slice(2);
    else if (path.startsWith('/')) path = path.split('/').pop();
    const file = join(dir, path);
    return existsSync(file) && statSync(file).isFile() ? path : null;
  };

  // --- 1. The loader --------------------------------------------------------
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)].map((m) => ({
    text: m[0], attrs: attributes(m[1]), body: m[2],
  }));
  const inline = scripts.filter((s) => s.attrs.src === undefined);
  const devServer = inline.some((s) => s.body.includes('.well-known/trunk/ws'));
  const trunkLoader = inline.find((s) => /\bimport\s+init\b/.test(s.body));
  let app; // { js, wasm, bindings, objectInit }
  if (trunkLoader) {
    const m = /import\s+init(\s*,\s*\*\s+as\s+bindings)?\s+from\s+'([^']+)';\s*const\s+wasm\s*=\s*await\s+init\(\s*(\{\s*module_or_path:\s*)?'([^']+)'\s*\}?\s*\);/.exec(trunkLoader.body);
    if (!m || trunkLoader.body.includes('__trunkInitializer')) {
      throw new Error(`Trunk's inline loader has an unexpected shape (a data-initializer? another Trunk version?); update scripts/post_build.mjs:\n${trunkLoader.body}`);
    }
    const bindings = /window\.([A-Za-z_$][\w$]*)\s*=\s*bindings;/.exec(trunkLoader.body)?.[1] ?? null;
    app = { js: m[2], wasm: m[4], bindings: m[1] ? bindings : null, objectInit: Boolean(m[3]) };
  } else {
    // Already processed: read our own loader back.
    const ours = scripts.find((s) => /(^|\/)loader-[0-9a-f]{16}\.js$/.test(s.attrs.src ?? ''));
    if (!ours) throw new Error('found neither Trunk\'s inline loader nor loader-<hash>.js in index.html');
    const text = readFileSync(join(dir, need(fileOf(ours.attrs.src), `missing ${ours.attrs.src}`)), 'utf8');
    const meta = /^\/\/ kenshin-loader (\{.*\})(?: \(scripts\/post_build\.mjs\))?$/m.exec(text);
    if (!meta) throw new Error(`${ours.attrs.src} is not a loader written by scripts/post_build.mjs`);
    app = JSON.parse(meta[1]);
  }
  const jsFile = need(fileOf(app.js), `the loader imports ${app.js}, which is not in ${dir}`);
  const wasmFile = need(fileOf(app.wasm), `the loader loads ${app.wasm}, which is not in ${dir}`);
  const wasmIntegrity = sha384(readFileSync(join(dir, wasmFile)));

  const jsIntegrity = sha384(readFileSync(join(dir, jsFile)));
  const withServiceWorker = !devServer;

  // Explained in this file's header; every byte of the loader is downloaded.
  // The stop and restart part (comments here, not in the file):
  // - stopped(last): at once, in the same task as the failure, every element that
  //   shows the verdict stops claiming one (no data-verdict, no data-verdict-bar colour) and
  //   says instead, in the page's language, that the check stopped and is restarting
  //   (or, `last`, to reload), at the same height, so that the page does not get
  //   shorter and scroll under the participant. The sentences are page text: index.html's
  //   <template id="app-stopped-ja|en">, first child restarting, second reload.
  // - freeze(): the body is replaced by its copy. The copy keeps what was typed
  //   (inputs' values and checkedness are cloned; selects' choices are copied over),
  //   and has none of the failed instance's event listeners: nothing it does can
  //   change the page any more. A camera check's tracks are stopped (a copied
  //   <video> has no stream; the old one would keep the camera on). Focus and caret
  //   move to the copy's element, where the new instance's takeover reads them.
  // - restart(): a new instance of the app, from the module compiled once here, with
  //   its own glue module: the module map is keyed by URL, so the glue under another
  //   fragment is a fresh module with fresh state. A <link rel=modulepreload
  //   integrity> fetches it first, so that the import gets the SRI-checked entry.
  //   The fetch of that file carries nothing typed (its URL is fixed), and the
  //   service worker answers it from its cache when it controls the page.
  // - At most 3 restarts per page load, one at a time; a failure during one (the
  //   old instances keep their window and document listeners, which may throw
  //   again) is handled after it, so nothing loops.
  const loaderLines = [
    `// kenshin-loader ${JSON.stringify(app)} (scripts/post_build.mjs)`,
    `const glue = new URL('${app.js}', import.meta.url);`,
    `const wasmRequest = new Request(new URL('${app.wasm}', import.meta.url), { integrity: '${wasmIntegrity}' });`,
    'let module, restarts = 0, busy, again;',
    // The page's language (<html lang>) is index.html's head script's, set before the first paint.
    'const root = document.documentElement;',
    // Where the app cannot run (no WebAssembly: iOS Lockdown Mode, a managed device; or a failed
    // download or check): the page rendered for it at build time (scripts/prerender.mjs) shows instead,
    // without the parts whose settings were edited since the build.
    'const cannotRun = () => {',
    "  const page = document.querySelector('[data-no-wasm]');",
    '  if (!page) return;',
    "  const built = page.dataset.settings ?? '';",
    "  const now = built.split('\\n').map((line) => line.split('=')[0]).map((name) => `${name}=${document.querySelector(`meta[name=\"kenshin:${name}\"]`)?.content ?? ''}`).join('\\n');",
    "  if (now != built) page.querySelectorAll('[data-settings-part]').forEach((part) => part.remove());",
    "  document.getElementById('loading')?.remove();",
    // The first view is a form that would never decide: it goes.
    "  document.getElementById('first-view')?.remove();",
    "  root.setAttribute('data-cannot-run', '');",
    '  page.hidden = false;',
    '};',
    "if (typeof WebAssembly != 'object') cannotRun();",
    'else try {',
    'const stopped = (last) => {',
    "  const message = document.getElementById(`app-stopped-${root.lang}`)?.content.children[last ? 1 : 0];",
    "  for (const e of document.querySelectorAll('[data-verdict],[data-app-stopped],.verdict-bar,.print-verdict')) {",
    "    e.removeAttribute('data-verdict');",
    "    e.removeAttribute('aria-labelledby');",
    "    e.removeAttribute('data-verdict-bar');",
    "    e.style.minHeight = `${e.offsetHeight}px`;",
    "    e.setAttribute('data-app-stopped', '');",
    "    e.replaceChildren(message?.cloneNode(true) ?? '');",
    '  }',
    '};',
    'const freeze = () => {',
    '  const focused = document.activeElement ?? {}, { selectionStart: start, selectionEnd: end } = focused;',
    "  const choices = [...document.querySelectorAll('select')].map((s) => s.value);",
    "  for (const v of document.querySelectorAll('video')) v.srcObject?.getTracks().forEach((t) => t.stop());",
    '  document.body.replaceWith(document.body.cloneNode(true));',
    "  document.querySelectorAll('select').forEach((s, i) => (s.value = choices[i]));",
    '  const copy = focused.id ? document.getElementById(focused.id) : null;',
    '  copy?.focus({ preventScroll: true });',
    '  if (copy && start != null) copy.setSelectionRange(start, end);',
    '};',
    'const restart = async () => {',
    `  const url = \`\${new URL('${app.js}', import.meta.url)}#restart-\${++restarts}\`;`,
    '  await new Promise((onload, onerror) => document.head.append(Object.assign(document.createElement(\'link\'),',
    `    { rel: 'modulepreload', href: url, crossOrigin: 'anonymous', integrity: '${jsIntegrity}', onload, onerror })));`,
    `  await (await import(url)).default(${app.objectInit ? '{ module_or_path: module }' : 'module'});`,
    '};',
    'const failed = async (error) => {',
    '  if (!(error instanceof WebAssembly.RuntimeError)) return;',
    '  stopped(restarts > 2);',
    '  if (busy) return (again = true);',
    '  busy = true;',
    '  do {',
    '    again = false;',
    '    freeze();',
    '    stopped(restarts > 2);',
    '    if (restarts > 2) break;',
    '    try {',
    '      await restart();',
    '    } catch (e) {',
    '      if (e instanceof WebAssembly.RuntimeError) again = true;',
    '      else stopped(true);',
    '    }',
    '  } while (again);',
    '  busy = false;',
    '};',
    "addEventListener('error', (event) => failed(event.error));",
    "addEventListener('unhandledrejection', (event) => failed(event.reason));",
    // The glue runs only after its own sha384 check: WebKit (iPhone Safari) does not
    // apply a modulepreload's integrity to the import, so a tampered glue would run there.
    `await fetch(glue, { integrity: '${jsIntegrity}' });`,
    'const bindings = await import(glue.href), init = bindings.default;',
    '{',
    '  const response = await fetch(wasmRequest);',
    '  module = await WebAssembly.compileStreaming(response.clone()).catch(async () => WebAssembly.compile(await response.arrayBuffer()));',
    '}',
    `const wasm = await init(${app.objectInit ? '{ module_or_path: module }' : 'module'});`,
    ...(app.bindings ? [`window.${app.bindings} = bindings;`] : []),
    "dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));",
  ];
  if (withServiceWorker) {
    loaderLines.push(
      "if ('serviceWorker' in navigator) {",
      "  navigator.serviceWorker.register(new URL('./sw.js', import.meta.url), { scope: new URL('./', import.meta.url).href })",
      "    .catch((error) => console.warn('kenshin-check: offline use is not available here:', error.message));",
      '}',
    );
  }
  loaderLines.push('} catch (error) {', '  cannotRun();', '  throw error;', '}');
  // Minified like the glue (the comments above stay here), but for the first three
  // lines, kept as they are: what the loader loads, for a later run and for a reader.
  const { minify } = await import('terser');
  const { code } = await minify(loaderLines.slice(3).join('\n'), { module: true, compress: true, mangle: true });
  if (!code) throw new Error('terser gave nothing for the loader');
  const loader = `${loaderLines.slice(0, 3).join('\n')}\n${code}\n`;
  const loaderFile = `loader-${createHash('sha256').update(loader).digest('hex').slice(0, 16)}.js`;
  for (const name of readdirSync(dir)) {
    if (/^loader-[0-9a-f]{16}\.js$/.test(name) && name !== loaderFile) rmSync(join(dir, name));
  }
  writeFileSync(join(dir, loaderFile), loader);

  // Trunk's preload links go; ours come before the loader, in a fixed order.
  html = html.replace(/<link\b([^>]*)>/gi, (text, attrText) => {
    const attrs = attributes(attrText);
    const rel = (attrs.rel ?? '').toLowerCase();
    if ((rel === 'modulepreload' || rel === 'preload') && [jsFile, wasmFile].includes(fileOf(attrs.href ?? ''))) return '';
    return text;
  });
  const prefix = app.js.slice(0, app.js.length - jsFile.length); // './' or the public URL
  const block = [
    tag('link', { rel: 'modulepreload', href: app.js, crossorigin: 'anonymous', integrity: '' }),
    tag('link', { rel: 'preload', href: app.wasm, as: 'fetch', type: 'application/wasm', crossorigin: 'anonymous', integrity: '' }),
    tag('script', { type: 'module', src: `${prefix}${loaderFile}`, crossorigin: 'anonymous', integrity: '' }, true),
  ].join('\n');
  const ourLoaderTag = /<script\b[^>]*\bsrc="[^"]*loader-[0-9a-f]{16}\.js"[^>]*><\/script>/i;
  if (trunkLoader) html = html.replace(trunkLoader.text, () => block);
  else html = html.replace(ourLoaderTag, () => block);

  // --- 1b. The style sheets, in the page ---------------------------------------
  // Trunk writes a file per <link data-trunk rel="css"> (styles/app.css, styles/guide.css);
  // the page carries them, in their order, as one <style> in place of the first link: the
  // first paint waits for no second round trip (about 150 ms on a slow phone connection),
  // and the compression sees every rule at once. style-src allows it by its hash, written
  // into the policies below from this page (hosting/headers.json, {inline-styles}).
  const sheets = [...html.matchAll(/<link\b([^>]*)>/gi)]
    .map((m) => {
      const attrs = attributes(m[1]);
      return { text: m[0], attrs, file: /\.css$/.test(attrs.href ?? '') ? fileOf(attrs.href) : null };
    })
    .filter(({ attrs, file }) => (attrs.rel ?? '').toLowerCase() === 'stylesheet' && file);
  if (sheets.length) {
    const css = sheets.map(({ file }) => readFileSync(join(dir, file), 'utf8').trim()).join('\n');
    if (/<\/style/i.test(css)) throw new Error('a style sheet contains "</style", which would end the page\'s <style> early');
    for (const { file } of sheets) rmSync(join(dir, file));
    html = html.replace(sheets[0].text, () => `<style>${css}</style>`);
    for (const sheet of sheets.slice(1)) html = html.replace(new RegExp(`\\s*${sheet.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`), '');
  }
  const styles = inlineStyleHashes(html);

  // --- 2. Integrity on every local subresource --------------------------------
  const integrityFor = new Map();
  const setIntegrity = (text, name, attrText, key) => {
    const attrs = attributes(attrText);
    const file = attrs[key] === undefined ? null : fileOf(attrs[key]);
    if (!file) return text;
    const rel = (attrs.rel ?? '').toLowerCase();
    if (name === 'link' && !['stylesheet', 'modulepreload', 'preload'].includes(rel)) return text;
    attrs.integrity = sha384(readFileSync(join(dir, file)));
    integrityFor.set(file, attrs.integrity);
    return tag(name, attrs, name === 'script');
  };
  html = html
    .replace(/<script\b([^>]*)>\s*<\/script\s*>/gi, (text, attrText) => setIntegrity(text, 'script', attrText, 'src'))
    .replace(/<link\b([^>]*?)\/?>/gi, (text, attrText) => setIntegrity(text, 'link', attrText, 'href'));

  // --- 4. The <meta> policy ------------------------------------------------------
  html = html.replace(/\s*<meta\b[^>]*http-equiv="?content-security-policy"?[^>]*>/gi, '');
  if (!devServer) {
    const meta = `<meta http-equiv="Content-Security-Policy" content="${escapeAttr(metaContentSecurityPolicy({ styles }))}">`;
    const charset = /<meta\b[^>]*charset[^>]*>/i.exec(html);
    if (!charset) throw new Error('index.html has no <meta charset>: the policy must come right after it');
    html = html.replace(charset[0], () => `${charset[0]}\n  ${meta}`);
  }
  html = html.replace(/\n\s*\n(\s*<link rel="modulepreload")/, '\n$1');
  writeFileSync(indexPath, html);

  // --- 3. The service worker -------------------------------------------------------
  const files = walk(dir).filter((f) => f !== '_headers' && f !== 'sw.js' && !f.endsWith('.map') && !f.split('/').some((p) => p.startsWith('.')));
  let version = null;
  rmSync(join(dir, 'sw.js'), { force: true });
  if (withServiceWorker) {
    const hash = createHash('sha256');
    const entries = [];
    for (const file of files.sort()) {
      const bytes = readFileSync(join(dir, file));
      hash.update(file).update('\0').update(bytes).update('\0');
      entries.push(file === 'index.html' ? { path: '', integrity: null } : { path: file, integrity: sha384(bytes) });
    }
    version = hash.digest('hex').slice(0, 16);
    const template = readFileSync(SW_TEMPLATE, 'utf8');
    if (!template.includes("'__KENSHIN_VERSION__'") || !template.includes('[/*__KENSHIN_FILES__*/]')) throw new Error('scripts/sw-template.js lost its placeholders');
    const sw = template
      // Comments stay in scripts/sw-template.js; every byte here is downloaded.
      .split('\n').filter((line) => !/^\s*\/\//.test(line)).join('\n')
      .replace(/^/, '// kenshin-check service worker, from scripts/sw-template.js by scripts/post_build.mjs.\n')
      .replace("'__KENSHIN_VERSION__'", () => JSON.stringify(version))
      .replace('[/*__KENSHIN_FILES__*/]', () => `[\n${entries.map((e) => `  ${JSON.stringify(e)},`).join('\n')}\n]`);
    writeFileSync(join(dir, 'sw.js'), sw);
  } else {
    // `trunk serve`: no offline cache, but a release's worker may still control this
    // origin (scripts/serve uses the same address). Its next update check fetches this
    // file, which clears that release's cache and unregisters.
    writeFileSync(join(dir, 'sw.js'), [
      '// kenshin-check development build (trunk serve): no offline cache. Replaces a',
      "// release's service worker on this scope, deletes its cache and unregisters.",
      "self.addEventListener('install', () => self.skipWaiting());",
      "self.addEventListener('activate', (event) => event.waitUntil((async () => {",
      '  const prefix = `kenshin-check:${new URL(self.registration.scope).pathname}:`;',
      '  for (const name of await caches.keys()) if (name.startsWith(prefix)) await caches.delete(name);',
      '  await self.registration.unregister();',
      '})()));',
      '',
    ].join('\n'));
  }

  // --- 5. _headers -------------------------------------------------------------------
  const { origins, warning } = allowedParentsFromHtml(html);
  if (warning) console.warn(`post_build: ${warning}`);
  const served = walk(dir).filter((f) => f !== '_headers');
  writeFileSync(join(dir, '_headers'), renderHeadersFile({ basePath, origins, styles, files: served }));

  // --- Check ---------------------------------------------------------------------------
  const problems = checkPage(html, dir, fileOf, { devServer });
  if (problems.length) throw new Error(`index.html is not CSP-strict:\n  ${problems.join('\n  ')}`);
  return { loader: loaderFile, js: jsFile, wasm: wasmFile, version, origins, devServer, integrity: Object.fromEntries(integrityFor) };
}

/** What would break a strict CSP or SRI in the page. Exported for tests. */
export function checkPage(html, dir, fileOf, { devServer = false } = {}) {
  const problems = [];
  // The loader shows these when the app stops; without them it could only blank the verdict.
  for (const lang of ['ja', 'en']) {
    const template = new RegExp(`<template id="app-stopped-${lang}">([\\s\\S]*?)</template>`).exec(html);
    if ((template?.[1].match(/<span\b/g) ?? []).length !== 2) problems.push(`no <template id="app-stopped-${lang}"> with two <span> (restarting, reload)`);
  }
  // A directive's sources in a policy, as written (undefined where the policy has none).
  const directive = (policy, name) => new RegExp(`(?:^|;)\\s*${name} ([^;]*)`).exec(policy)?.[1].trim();
  const scriptSrc = directive(CONFIG.contentSecurityPolicy, 'script-src')?.split(/\s+/) ?? [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attrs = attributes(m[1]);
    if (attrs.src !== undefined || (devServer && m[2].includes('.well-known/trunk/ws'))) continue;
    // What the browser hashes: the script's text as written, UTF-8.
    const hash = `'sha256-${createHash('sha256').update(m[2], 'utf8').digest('base64')}'`;
    if (!scriptSrc.includes(hash)) problems.push(`inline <script> not allowed by hosting/headers.json's script-src (add ${hash} if it is meant): ${m[2].trim().slice(0, 60)}…`);
  }
  // The page's <style> is allowed by its hash, which the policies are written with from this
  // page: nothing wider may allow a style, and the page's own policy must be this page's.
  const styleSrc = directive(CONFIG.contentSecurityPolicy, 'style-src');
  if (styleSrc !== '{inline-styles}') problems.push(`hosting/headers.json's style-src allows ${styleSrc}: it should allow only the page's own styles, by hash ({inline-styles})`);
  if (!devServer) {
    const policy = metaTags(html).find((a) => (a['http-equiv'] ?? '').toLowerCase() === 'content-security-policy');
    const listed = directive(policy?.content ?? '', 'style-src');
    const styles = inlineStyleHashes(html);
    if (listed !== directive(metaContentSecurityPolicy({ styles }), 'style-src')) problems.push(`the <meta> policy's style-src (${listed}) is not the page's styles (${styles.join(' ') || 'none'}): run scripts/post_build.mjs on the page again`);
  }
  for (const m of html.matchAll(/<([a-z][a-z0-9-]*)\b([^>]*)>/gi)) {
    const attrs = attributes(m[2]);
    for (const name of Object.keys(attrs)) {
      if (name === 'style') problems.push(`a style attribute on <${m[1]}>`);
      if (/^on[a-z]+$/.test(name)) problems.push(`an event-handler attribute ${name} on <${m[1]}>`);
    }
    for (const key of ['src', 'href']) {
      if (/^\s*javascript:/i.test(attrs[key] ?? '')) problems.push(`a javascript: URL on <${m[1]}>`);
    }
    const ref = m[1].toLowerCase() === 'script' ? attrs.src : m[1].toLowerCase() === 'link' ? attrs.href : undefined;
    if (ref === undefined) continue;
    const rel = (attrs.rel ?? '').toLowerCase();
    if (m[1].toLowerCase() === 'link' && !['stylesheet', 'modulepreload', 'preload'].includes(rel)) continue;
    const file = fileOf(ref);
    if (!file) {
      if (!/^data:/.test(ref)) problems.push(`<${m[1]}> ${ref} is not a file of the build`);
      continue;
    }
    const expected = sha384(readFileSync(join(dir, file)));
    if (attrs.integrity !== expected) problems.push(`<${m[1]}> ${ref}: integrity ${attrs.integrity ?? '(none)'} should be ${expected}`);
  }
  return problems;
}

function walk(dir, root = dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...walk(path, root));
    else out.push(relative(root, path).split(sep).join('/'));
  }
  return out;
}

/**
 * Minifies wasm-bindgen's JS glue in place (Trunk leaves it unminified): about
 * 1.5 KB less brotli on every first visit, which counts against the size budget
 * (docs/product.md, "Size and speed"). Runs before `postBuild`,
 * which computes the integrity from the minified bytes; minifying again is harmless.
 */
export async function minifyGlue(dir) {
  const { minify } = await import('terser');
  for (const name of readdirSync(dir)) {
    if (!/^kenshin-check-[0-9a-f]+\.js$/.test(name)) continue;
    const path = join(dir, name);
    const { code } = await minify(readFileSync(path, 'utf8'), { module: true, compress: true, mangle: true });
    if (!code) throw new Error(`terser gave nothing for ${name}`);
    writeFileSync(path, code);
  }
}

/**
 * Minifies the style sheets in place (Trunk copies them as written, comments
 * and all) with lightningcss, the minifier Trunk itself uses: about 0.8 KB less
 * brotli on every first visit. Runs before `postBuild`, which computes the
 * integrity from the minified bytes. No `targets`: the CSS is kept as written
 * for today's browsers, only shorter.
 */
export async function minifyStyles(dir) {
  const { transform } = await import('lightningcss');
  for (const name of readdirSync(dir)) {
    if (!/^[a-z]+-[0-9a-f]+\.css$/.test(name)) continue;
    const path = join(dir, name);
    const { code } = transform({ filename: name, code: readFileSync(path), minify: true });
    writeFileSync(path, code);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
  if (!dir) fail('usage: node scripts/post_build.mjs <dir> (or run as a Trunk post_build hook)');
  try {
    // A release build's wasm and glue get short names for each other (scripts/short_names.mjs),
    // with the wasm-opt flags of the source page Trunk builds.
    if (process.env.TRUNK_PROFILE === 'release') {
      await shortenNames(resolve(dir), wasmOptFlags(readFileSync(need(process.env.TRUNK_HTML_FILE, 'Trunk gave no TRUNK_HTML_FILE'), 'utf8')));
    }
    await minifyGlue(resolve(dir));
    await minifyStyles(resolve(dir));
    const result = await postBuild(resolve(dir));
    console.log(`post_build: ${result.loader} (js ${result.js}, wasm ${result.wasm}), ` +
      (result.version ? `sw.js version ${result.version}` : 'no service worker (trunk serve)') +
      `, frame-ancestors ${result.origins.length ? result.origins.join(' ') : "'none'"}`);
  } catch (error) {
    fail(error.message);
  }
}
