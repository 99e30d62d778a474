// A node:test reporter that prints one line for the run: the engine and its pass / fail /
// skip counts and time, for the per-engine table scripts/test prints at the end; then each
// failure, and each skip with its reason (none is silent).
export default async function* summary(source) {
  const counts = { pass: 0, fail: 0, skip: 0 };
  const failed = [];
  const skipped = [];
  const start = Date.now();
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    if (event.data.details?.type === 'suite') continue;
    if (event.data.skip !== undefined && event.data.skip !== false) {
      counts.skip += 1;
      skipped.push(`${event.data.name}: ${event.data.skip === true ? 'no reason given' : event.data.skip}`);
    }
    else if (event.type === 'test:pass') counts.pass += 1;
    else { counts.fail += 1; failed.push(event.data.name); }
  }
  const engine = process.env.E2E_ENGINE ?? 'chromium';
  yield `${engine.padEnd(9)} pass ${counts.pass}  fail ${counts.fail}  skip ${counts.skip}  ${Math.round((Date.now() - start) / 1000)} s\n`;
  for (const name of failed) yield `          failed: ${name}\n`;
  for (const why of skipped) yield `          skipped: ${why}\n`;
}
