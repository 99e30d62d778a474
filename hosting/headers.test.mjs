// The build's origin check (isOrigin, used for frame-ancestors and the nginx
// snippet) against the one table of accepted and rejected origins that the
// app's check is tested against too (core/tests/origins.rs), so the two agree.
//
//   node --test hosting/*.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { allowedParentsFromHtml, isOrigin } from './headers.mjs';

const { cases } = JSON.parse(readFileSync(new URL('./origin-cases.json', import.meta.url), 'utf8'));

test('the origin table has both kinds of row', () => {
  assert.ok(cases.some((c) => c.accepted) && cases.some((c) => !c.accepted));
  for (const c of cases) {
    assert.equal(typeof c.origin, 'string');
    assert.equal(typeof c.accepted, 'boolean', c.origin);
    assert.ok(c.why, `${JSON.stringify(c.origin)} says why`);
  }
  assert.equal(new Set(cases.map((c) => c.origin)).size, cases.length, 'no origin is listed twice');
});

test('isOrigin accepts and rejects exactly the rows of hosting/origin-cases.json', () => {
  const wrong = cases.filter((c) => isOrigin(c.origin) !== c.accepted);
  assert.deepEqual(
    wrong.map((c) => `${JSON.stringify(c.origin)} should be ${c.accepted ? 'accepted' : 'rejected'}: ${c.why}`),
    [],
  );
});

test('every accepted origin is what a browser serialises (the app compares strings)', () => {
  for (const c of cases.filter((c) => c.accepted)) assert.equal(new URL(c.origin).origin, c.origin);
});

test('one rejected origin in the meta tag allows no parent', () => {
  for (const c of cases.filter((c) => !c.accepted && c.origin && !/\s/.test(c.origin))) {
    const html = `<meta name="kenshin:allowed-parents" content="https://portal.example.jp ${c.origin.replace(/"/g, '&quot;')}">`;
    const { origins, warning } = allowedParentsFromHtml(html);
    assert.deepEqual(origins, [], c.origin);
    assert.match(warning, /is not an origin/, c.origin);
  }
  const ok = allowedParentsFromHtml('<meta name="kenshin:allowed-parents" content="https://portal.example.jp http://[::1]:8080">');
  assert.deepEqual(ok, { origins: ['https://portal.example.jp', 'http://[::1]:8080'], warning: null });
});
