// What ships and how big it is: shared by bench/bench.mjs and e2e/size.test.mjs,
// so the guard and the benchmark count the same files the same way.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

export const BUDGET = JSON.parse(readFileSync(new URL('./budget.json', import.meta.url), 'utf8'));

/** Every file under `dir` that a visitor can download. */
export function shippedFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      // Source maps and _headers (read by the static host, never sent to visitors).
      else if (!name.endsWith('.map') && name !== '_headers') out.push(path);
    }
  };
  walk(dir);
  return out.map((path) => ({ path, name: relative(dir, path) }));
}

export const brotli = (buf) =>
  brotliCompressSync(buf, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
    },
  });

/** raw, gzip -9 and brotli (quality 11) byte counts of one buffer. */
export function sizes(buf) {
  return { raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length, brotli: brotli(buf).length };
}

/** Per-file sizes and totals for a directory. */
export function measureDir(dir) {
  const files = shippedFiles(dir).map((f) => ({ ...f, ...sizes(readFileSync(f.path)) }));
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const f of files) for (const k of Object.keys(total)) total[k] += f[k];
  return { files, total };
}
