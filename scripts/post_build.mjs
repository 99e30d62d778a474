// Trunk post_build hook (Trunk.toml [[hooks]]): what Trunk cannot do, on the site it staged.
// Trunk has already built the wasm and its JS, put the style sheets into the page, copied the
// loader (src/loader.js) under a hashed name and linked them all. Then, in this order:
//
//   1. short names   release: wasm-opt -Oz, the build's one run, renaming the wasm's imports
//                    and exports, and the JS rewritten to match   (build/short_names.mjs)
//   2. minify        the JS files and the head script (terser), the <style>s
//                    (lightningcss), the comments but the operators' one (build/minify.mjs)
//   3. prerender     the first view, the page where the app cannot run, what they were
//                    built with, the allowed parents as the core reads them
//                                                                  (build/prerender.mjs)
//   4. integrity     sha384 of each file the page loads, from the bytes that ship
//                                                                  (build/integrity.mjs)
//   5. policy        the page's <meta> Content-Security-Policy       (build/policy.mjs)
//   6. check         nothing in the page that the policy or SRI would refuse
//                                                                  (build/policy.mjs)
//   7. offline       sw.js for this release, minified               (build/service_worker.mjs)
//   8. headers       _headers for the host, from hosting/headers.json (hosting/headers.mjs)
//
// Every edit of the page goes through its parsed tree (build/html.mjs). Run it again on a
// built site after editing its settings (hosting/README.md); each step is idempotent:
//
//   node scripts/post_build.mjs [dir]        (default: $TRUNK_STAGING_DIR)
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { renderHeadersFile, styleHashes } from '../hosting/headers.mjs';
import { parsePage, serialize } from './build/html.mjs';
import { fileOf, subresources, writeIntegrity } from './build/integrity.mjs';
import { minifyInlineScripts, minifyScripts, minifyStyles, stripComments } from './build/minify.mjs';
import { checkPage, isDevelopment, writeMetaPolicy } from './build/policy.mjs';
import { fillPage, pageSettings, render } from './build/prerender.mjs';
import { shortenNames } from './build/short_names.mjs';
import { walk, writeServiceWorker } from './build/service_worker.mjs';

/** Runs the steps on the site staged in `dir`; returns what they did. */
export async function postBuild(dir, { release = false, basePath = '/' } = {}) {
  const pagePath = join(dir, 'index.html');
  const doc = parsePage(readFileSync(pagePath, 'utf8'));
  const scripts = subresources(doc).map(({ ref }) => fileOf(dir, ref)).filter((file) => file?.endsWith('.js'));

  const renamed = release ? await shortenNames(dir) : 0;
  await minifyScripts(dir, scripts);
  await minifyInlineScripts(doc);
  await minifyStyles(doc);
  stripComments(doc);
  const rendered = render(pageSettings(doc));
  for (const warning of rendered.warnings) console.warn(`post_build: ${warning}`);
  const filled = fillPage(doc, rendered);
  const integrity = writeIntegrity(doc, dir);
  writeMetaPolicy(doc);
  const problems = checkPage(doc, dir);
  if (problems.length) throw new Error(`index.html is not CSP-strict:\n  ${problems.join('\n  ')}`);
  writeFileSync(pagePath, serialize(doc));
  const version = writeServiceWorker(dir, { development: isDevelopment(doc) });
  await minifyScripts(dir, ['sw.js']);
  const origins = rendered.allowedParents;
  const files = walk(dir).filter((file) => file !== '_headers');
  writeFileSync(join(dir, '_headers'), renderHeadersFile({ basePath, origins, styles: styleHashes(doc), files }));
  return { renamed, filled, integrity, version, origins };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { positionals } = parseArgs({ allowPositionals: true });
  const dir = positionals[0] ?? process.env.TRUNK_STAGING_DIR;
  if (!dir) {
    console.error('usage: node scripts/post_build.mjs <dir> (or run as a Trunk post_build hook)');
    process.exit(2);
  }
  try {
    const result = await postBuild(resolve(dir), { release: process.env.TRUNK_PROFILE === 'release', basePath: process.env.KENSHIN_BASE_PATH ?? '/' });
    console.log(`post_build: ${Object.keys(result.integrity).join(', ')}; ${result.renamed} short names; `
      + `${result.filled ? 'first view rendered' : 'first view kept'}; `
      + `${result.version ? `sw.js version ${result.version}` : 'no offline cache (trunk serve)'}; `
      + `frame-ancestors ${result.origins.length ? result.origins.join(' ') : "'none'"}`);
  } catch (error) {
    console.error(`post_build: ${error.message}`);
    process.exit(1);
  }
}
