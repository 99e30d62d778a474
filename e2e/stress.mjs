// Stress run (not part of scripts/test): many participants typing their checkup in one
// engine, counting WebAssembly traps and wrong verdicts per thousand case runs. Made to
// tell an intermittent trap in WebKit apart from a fault of ours: run it on two builds
// (DIST=…) or with JavaScriptCore's tiers limited (JSC_useOMGJIT=false, JSC_useBBQJIT=false
// are passed on to the WebKit processes), and compare the counts.
//
//   E2E_ENGINE=webkit RUNS=1000 [DIST=dist] node e2e/stress.mjs
//
// Each case run loads the page, types one participant's values key by key, and checks the
// verdict the page shows against the expected one. A trap is counted from the console (the
// engine's own words for a RuntimeError) and from the app's stopped state.
import { launch, ENGINE, verdict } from './engines/index.mjs';
import { startServer } from './server.mjs';

const DIST = process.env.DIST ?? new URL('../dist/', import.meta.url).pathname;
const RUNS = Number(process.env.RUNS ?? 200);
const RELAUNCH_EVERY = 50; // a fresh browser now and then, as participants have

const NORMAL = { systolic_bp: '128', diastolic_bp: '82', glucose: '98', hba1c: '5.6', ast: '22', alt: '25', ggt: '40' };
const CASES = [
  [{ ...NORMAL }, 'may-start'],
  [{ ...NORMAL, systolic_bp: '185' }, 'see-doctor-first'],
  [{ ...NORMAL, diastolic_bp: '120' }, 'see-doctor-first'],
  [{ ...NORMAL, hba1c: '10.0', sex: 'female', age: '62', creatinine: '1.42' }, 'see-doctor-first'],
  [{ ...NORMAL, systolic_bp: '１７９', creatinine: '1.0', sex: 'male', age: '55' }, 'may-start'],
  [{ ...NORMAL, ggt: '1,000' }, 'see-doctor-first'],
  [{ systolic_bp: '130', diastolic_bp: '85' }, 'incomplete'],
  [{ ...NORMAL, creatinine: '1,5' }, 'incomplete'],
  [{ ...NORMAL, waist: '92', height: '170', weight: '78', triglycerides: '180', hdl: '38', sex: 'male', age: '58' }, 'may-start'],
];

async function typeCase(page, values) {
  for (const [id, value] of Object.entries(values)) {
    if (id === 'sex') await page.check(`input[name=sex][value=${value}]`);
    else await page.fill(`#${id}`, value);
  }
}

const server = await startServer({ root: DIST });
let browser = null;
let page = null;
const counts = { runs: 0, traps: 0, wrong: 0, stopped: 0, errors: 0 };
const incidents = [];
const started = Date.now();
try {
  for (let run = 0; run < RUNS; run++) {
    if (run % RELAUNCH_EVERY === 0) {
      await browser?.close();
      browser = await launch();
      page = await browser.newPage();
    }
    const [values, expected] = CASES[run % CASES.length];
    const seen = page.messages.length;
    await page.goto(`${server.url}?lang=${run % 2 ? 'en' : 'ja'}`);
    await page.waitForSelector('[data-verdict]');
    let shown;
    try {
      await typeCase(page, values);
      await page.waitForFunction(() => !document.querySelector('[data-app-stopped]'), null, { timeout: 10000 });
      shown = await verdict(page);
    } catch (error) {
      shown = `error: ${String(error.message).split('\n')[0]}`;
      counts.errors += 1;
    }
    const messages = page.messages.slice(seen);
    const traps = messages.filter((m) => /RuntimeError|Out of bounds|unreachable/i.test(m.text));
    counts.runs += 1;
    if (traps.length) counts.traps += 1;
    if (shown !== expected) counts.wrong += 1;
    if (traps.length || shown !== expected) {
      incidents.push({ run, case: run % CASES.length, expected, shown, messages: traps.map((m) => m.text.slice(0, 400)) });
      console.log(JSON.stringify(incidents.at(-1)));
    }
    if ((run + 1) % 50 === 0) console.log(`${ENGINE}: ${run + 1} runs, ${counts.traps} with a trap, ${counts.wrong} wrong, ${Math.round((Date.now() - started) / 1000)} s`);
  }
} finally {
  await browser?.close();
  await server.close();
}
const perThousand = (n) => ((1000 * n) / Math.max(1, counts.runs)).toFixed(1);
console.log(`${ENGINE} ${DIST}: ${counts.runs} case runs in ${Math.round((Date.now() - started) / 1000)} s; ` +
  `traps ${counts.traps} (${perThousand(counts.traps)} per 1000), wrong verdicts ${counts.wrong}, driver errors ${counts.errors}`);
