// The origins that may frame the app, for frame-ancestors (dist/_headers, the nginx snippet),
// are the app's own check's (core/src/settings.rs, tested row by row against
// hosting/origin-cases.json in core/tests/origins.rs): the build asks the core, through the
// build-time renderer, and writes what it answers. Runs src/bin/prerender.rs.
//
//   node --test hosting/*.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { render } from '../scripts/build/prerender.mjs';
import { contentSecurityPolicy } from './headers.mjs';

const { cases } = JSON.parse(readFileSync(new URL('./origin-cases.json', import.meta.url), 'utf8'));

test('the build frames the app for exactly the origins the core accepts; one refused allows none', () => {
  const accepted = cases.filter((c) => c.accepted).map((c) => c.origin);
  assert.deepEqual(render(new Map([['allowed-parents', accepted.join(' ')]])).allowedParents, accepted);
  const refused = cases.find((c) => !c.accepted && c.origin && !/\s/.test(c.origin)).origin;
  const answer = render(new Map([['allowed-parents', `${accepted[0]} ${refused}`]]));
  assert.deepEqual(answer.allowedParents, []);
  assert.equal(answer.warnings.length, 1);
  assert.match(contentSecurityPolicy({ origins: answer.allowedParents }), /frame-ancestors 'none'/);
});
