// Size guard (bench/budget.json): the brotli total of everything the built site ships
// must stay within the budget in bench/budget.json. A size check on the
// built files, not a timing. DIST=<dir> checks another build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { BUDGET, measureDir } from '../bench/sizes.mjs';
import { DIST } from './hosting.mjs';

// Enforced ceiling; the 120 KB target (BUDGET.brotliBytes) is reported by bench/run.
const LIMIT = BUDGET.guardBrotliBytes ?? BUDGET.brotliBytes;

test(`brotli total of the shipped files is within ${LIMIT} bytes`, () => {
  assert.ok(existsSync(DIST), `no build at ${DIST}: run trunk build --release first`);
  const { files, total } = measureDir(DIST);
  assert.ok(files.some((f) => f.name.endsWith('.wasm')), `no .wasm in ${DIST}`);
  assert.ok(files.some((f) => f.name === 'index.html'), `no index.html in ${DIST}`);
  for (const f of files) console.log(`  ${f.name}: ${f.raw} raw, ${f.brotli} brotli`);
  console.log(`  total: ${total.brotli} bytes brotli (guard ${LIMIT}, target ${BUDGET.brotliBytes}: ${((100 * total.brotli) / BUDGET.brotliBytes).toFixed(1)} % of target)`);
  assert.ok(
    total.brotli <= LIMIT,
    `brotli total ${total.brotli} bytes exceeds the guard of ${LIMIT} bytes (bench/budget.json)`,
  );
});
