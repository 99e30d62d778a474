// The benchmark (see bench/README.md). Measures a built site
// against the hand-written reference page in bench/reference/ and prints one
// table on stdout (progress goes to stderr).
//
//   node bench/bench.mjs --dist DIR [--floor DIR] [--loads 7] [--keys 200] [--no-lighthouse] [--json FILE]
//
// --floor: a build of bench/floor/ (the smallest Yew app that passes the
// probe), measured alongside: what Yew alone costs at start-up.
//
// Both sites are served by e2e/server.mjs on loopback, brotli-compressed as a
// production server would send them (files precompressed at quality 11,
// `Content-Encoding: br`), so the throttled network carries the bytes the
// size columns report.
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { execFileSync, spawn } from 'node:child_process';
import { BUDGET, brotli, measureDir, shippedFiles } from './sizes.mjs';
import { startServer } from '../e2e/server.mjs';

const HERE = new URL('.', import.meta.url).pathname;
const REPO = join(HERE, '..');

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const DIST = opt('dist', join(REPO, 'dist'));
const FLOOR = opt('floor', null);
const REFERENCE = join(HERE, 'reference');
const LOADS = Number(opt('loads', 7));
const KEYS = Number(opt('keys', 200));
const LIGHTHOUSE = !args.includes('--no-lighthouse');
const JSON_OUT = opt('json', null);
const log = (...m) => console.error('bench:', ...m);

// Throttling: a mid-range phone on mobile data, how participants open the app.
const CPU_SLOWDOWN = Number(process.env.BENCH_CPU_SLOWDOWN ?? 4); // override only to check the harness
const NETWORK = {
  offline: false,
  latency: 150, // ms round trip
  downloadThroughput: 200_000, // bytes/s = 1.6 Mbit/s
  uploadThroughput: 93_750, // bytes/s = 750 kbit/s
};

// Everything Chromium and Playwright put in the temp dir lands in our own
// folder, removed at the end (bench/browser.mjs makes a profile dir per launch).
const WORK = mkdtempSync(join(tmpdir(), 'kenshin-bench-'));
process.env.TMPDIR = WORK;
const { launch, CHROMIUM, CHROMIUM_ARGS } = await import('./browser.mjs');

/** A copy of `root` with every shipped file brotli-compressed under its own name. */
function brotliCopy(root, name) {
  const out = join(WORK, name);
  for (const f of shippedFiles(root)) {
    const dest = join(out, f.name);
    mkdirSync(dirname(dest), { recursive: true });
    writeFileSync(dest, brotli(readFileSync(f.path)));
  }
  return out;
}

async function serve(root, name) {
  return startServer({ root: brotliCopy(root, name), headers: { 'Content-Encoding': 'br' } });
}

// --- start-up -------------------------------------------------------------
// Injected before any page script. "Usable" is defined as: the first moment,
// counted from navigation start (performance.now() = 0, i.e. the time origin
// of the new document, before its request is sent), at which #systolic_bp is
// in the document, neither disabled nor read-only, AND an input event on it
// has been handled, i.e. the result region shows it: typing "185" turns
// [data-verdict] to "see-doctor-first". A probe types "185" (sets the value
// and dispatches an `input` event) as soon as a MutationObserver sees the
// input appear, and again every 16 ms until it is handled; the figure is the
// performance.now() at which a MutationObserver sees the verdict change. So it
// includes downloading, compiling and running the app plus handling that one
// input: the moment a participant's first keystroke would take effect: the
// verdict is live.
// "Typeable" is earlier: the first animation frame (frames wait for anything
// render-blocking) in which #systolic_bp is laid out on screen and
// enabled, so a tap would focus it and keys would type into it. For the app that
// is the prerendered first view (docs/product.md, "First view"), for the
// reference page its own input.
const PROBE = `(() => {
  const t = {};
  const verdict = () => document.querySelector('[data-verdict]')?.getAttribute('data-verdict');
  let timer = 0;
  const probe = () => {
    const el = document.getElementById('systolic_bp');
    if (!el || el.disabled || el.readOnly) return;
    if (t.present === undefined) {
      t.present = performance.now();
      requestAnimationFrame(function frame() {
        const input = document.getElementById('systolic_bp');
        if (input && !input.disabled && !input.readOnly && input.getClientRects().length > 0) t.typeable = performance.now();
        else requestAnimationFrame(frame);
      });
    }
    t.probes = (t.probes ?? 0) + 1;
    el.value = '185';
    el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: '185' }));
    clearTimeout(timer);
    timer = setTimeout(() => { if (t.usable === undefined) probe(); }, 16);
  };
  const observer = new MutationObserver(() => {
    if (t.usable !== undefined) return;
    if (t.present !== undefined && verdict() === 'see-doctor-first') {
      t.usable = performance.now();
      observer.disconnect();
      clearTimeout(timer);
      console.log('bench:usable ' + JSON.stringify(t));
    } else if (t.present === undefined) probe();
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true });
})();`;

async function throttledPage(context) {
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await page.addInitScript(PROBE);
  return page;
}

/** One fresh load: a new browser (new profile, empty cache, new renderer). */
async function loadOnce(url) {
  const context = await launch();
  try {
    const page = await throttledPage(context);
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const usable = new Promise((resolve, reject) => {
      const timeout = setTimeout(() => reject(new Error(`not usable within 60 s: ${url} ${errors}`)), 60_000);
      page.on('console', (m) => {
        if (m.text().startsWith('bench:usable ')) {
          clearTimeout(timeout);
          resolve(JSON.parse(m.text().slice('bench:usable '.length)));
        }
      });
    });
    await page.goto(url, { waitUntil: 'commit' });
    const t = await usable;
    // An input that has handled typing was typeable then at the latest.
    t.typeable ??= t.usable;
    // When the screen first showed something (for the app: its prerendered first view).
    t.fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN);
    return { ...t, page, context };
  } catch (e) {
    await context.close();
    throw e;
  }
}

// --- keystroke ------------------------------------------------------------
// In the page: set #systolic_bp to 120 / 185 alternately (so the verdict
// flips between incomplete and see-doctor-first), dispatch an `input` event,
// and take performance.now() when a MutationObserver sees [data-verdict]
// show the expected verdict. 20 ms idle between keystrokes.
async function keystrokes(page, n) {
  return page.evaluate(async (n) => {
    const el = document.getElementById('systolic_bp');
    const region = () => document.querySelector('[data-verdict]');
    const times = [];
    for (let i = 0; i < n; i++) {
      const value = i % 2 === 0 ? '120' : '185';
      const expected = value === '185' ? 'see-doctor-first' : 'incomplete';
      await new Promise((r) => setTimeout(r, 20));
      times.push(
        await new Promise((resolve, reject) => {
          const timeout = setTimeout(() => reject(new Error(`verdict stayed ${region()?.getAttribute('data-verdict')}`)), 5000);
          let t0 = 0;
          const observer = new MutationObserver(() => {
            if (region()?.getAttribute('data-verdict') === expected) {
              const t1 = performance.now();
              observer.disconnect();
              clearTimeout(timeout);
              resolve(t1 - t0);
            }
          });
          observer.observe(document.body, { subtree: true, childList: true, attributes: true });
          t0 = performance.now();
          el.value = value;
          el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: value }));
        }),
      );
    }
    return times;
  }, n);
}

// --- Lighthouse -----------------------------------------------------------
// Lighthouse launches Chromium itself: the same flags as bench/browser.mjs, as one string.
const LH_FLAGS = ['--headless=new', ...CHROMIUM_ARGS].join(' ');

async function lighthouse(url) {
  const out = join(WORK, 'lighthouse.json');
  const bin = join(HERE, 'node_modules/.bin/lighthouse');
  // Default config = the mobile preset (Moto G Power emulation, simulated 4x CPU, slow 4G).
  const argv = [url, '--output=json', `--output-path=${out}`, '--quiet',
    '--only-categories=performance,accessibility,best-practices', `--chrome-flags=${LH_FLAGS}`];
  await new Promise((resolve, reject) => {
    const child = spawn(bin, argv, {
      env: { ...process.env, CHROME_PATH: CHROMIUM },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`lighthouse exited ${code}`))));
  });
  const report = JSON.parse(readFileSync(out, 'utf8'));
  const scores = {};
  const failing = [];
  const advice = [];
  for (const [id, cat] of Object.entries(report.categories)) {
    scores[id] = Math.round(cat.score * 100);
    for (const ref of cat.auditRefs) {
      const a = report.audits[ref.id];
      if (a.score === null || ['notApplicable', 'informative', 'manual'].includes(a.scoreDisplayMode)) continue;
      const pass = id === 'performance' ? a.score >= 0.9 : a.score === 1;
      // Weighted audits decide the score; weight-0 ones (insights, opportunities) are advice.
      if (!pass) (ref.weight > 0 ? failing : advice).push(`${id}:${ref.id}(${a.score})`);
    }
  }
  const metrics = Object.fromEntries(
    ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'speed-index', 'interactive']
      .map((k) => [k, report.audits[k]?.displayValue]),
  );
  return { scores, failing, advice, metrics, runtimeError: report.runtimeError?.message };
}

// --- statistics and table -------------------------------------------------
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];
const n0 = (x) => Math.round(x).toLocaleString('en-US');
const ms = (x) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
const ratio = (a, b) => (b > 0 ? `${(a / b).toFixed(2)}×` : '—');

function table(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.filter(Array.isArray).map((r) => String(r[c]).length)));
  const line = (r) => `| ${r.map((cell, c) => (c === 0 ? String(cell).padEnd(widths[c]) : String(cell).padStart(widths[c]))).join(' | ')} |`;
  const rule = `|${widths.map((w, c) => (c === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return rows.map((r) => (r === '---' ? rule : line(r))).join('\n');
}

// --- run ------------------------------------------------------------------
async function main() {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error(`no build at ${DIST}`);
  const app = measureDir(DIST);
  const ref = measureDir(REFERENCE);
  const floor = FLOOR ? measureDir(FLOOR) : null;
  const appServer = await serve(DIST, 'app');
  const refServer = await serve(REFERENCE, 'reference');
  const floorServer = FLOOR ? await serve(FLOOR, 'floor') : null;
  const sites = [['app', appServer], ['reference', refServer], ...(floorServer ? [['floor', floorServer]] : [])];
  const chromium = execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  const results = { app: { sizes: app, loads: [] }, reference: { sizes: ref, loads: [] } };
  if (floor) results.floor = { sizes: floor, loads: [] };
  try {
    // Start-up: alternate the sites so background load hits them alike.
    for (let i = 0; i < LOADS; i++) {
      for (const [key, server] of sites) {
        const t = await loadOnce(server.url);
        await t.context.close();
        results[key].loads.push({ present: t.present, typeable: t.typeable, usable: t.usable, probes: t.probes, fcp: t.fcp });
        log(`load ${i + 1}/${LOADS} ${key}: verdict live at ${ms(t.usable)} ms (input typeable ${ms(t.typeable)} ms, present ${ms(t.present)} ms, first paint ${ms(t.fcp)} ms, ${t.probes} probe(s))`);
      }
    }
    // Keystrokes: one throttled page each.
    for (const [key, server] of sites) {
      const t = await loadOnce(server.url);
      try {
        // Let the load settle first (e.g. a service worker precaching after start-up).
        await t.page.waitForTimeout(3000);
        results[key].keys = await keystrokes(t.page, KEYS);
      } finally {
        await t.context.close();
      }
      log(`${KEYS} keystrokes ${key}: median ${ms(median(results[key].keys))} ms`);
    }
    if (LIGHTHOUSE) {
      log('lighthouse (mobile preset) on the app');
      try {
        results.app.lighthouse = await lighthouse(appServer.url);
      } catch (e) {
        results.app.lighthouse = { error: String(e) };
      }
    }
  } finally {
    await appServer.close();
    await refServer.close();
    await floorServer?.close();
  }

  // The table.
  const rows = [['item', 'raw B', 'gzip -9 B', 'brotli 11 B'], '---'];
  for (const f of app.files) rows.push([f.name, n0(f.raw), n0(f.gzip), n0(f.brotli)]);
  rows.push(['**kenshin-check total**', n0(app.total.raw), n0(app.total.gzip), n0(app.total.brotli)]);
  for (const f of ref.files) rows.push([`reference/${f.name}`, n0(f.raw), n0(f.gzip), n0(f.brotli)]);
  rows.push(['**reference total**', n0(ref.total.raw), n0(ref.total.gzip), n0(ref.total.brotli)]);
  if (floor) rows.push(['**Yew floor total** (bench/floor)', n0(floor.total.raw), n0(floor.total.gzip), n0(floor.total.brotli)]);
  rows.push(['ratio kenshin-check ÷ reference', ratio(app.total.raw, ref.total.raw), ratio(app.total.gzip, ref.total.gzip), ratio(app.total.brotli, ref.total.brotli)]);
  const used = app.total.brotli / BUDGET.brotliBytes;
  rows.push([`budget (bench/budget.json) ${n0(BUDGET.brotliBytes)} B brotli`, '', '', `${(100 * used).toFixed(1)} % ${used <= 1 ? 'ok' : 'OVER'}`]);
  rows.push([`stretch ${n0(BUDGET.stretchBrotliBytes)} B`, '', '', app.total.brotli <= BUDGET.stretchBrotliBytes ? 'ok' : 'over']);
  rows.push('---');
  rows.push(['metric (CPU ×4, 1.6 Mbit/s, 150 ms RTT)', 'kenshin-check', 'reference', 'ratio']);
  rows.push('---');
  const su = { app: results.app.loads.map((l) => l.usable), reference: results.reference.loads.map((l) => l.usable) };
  const sp = { app: results.app.loads.map((l) => l.present), reference: results.reference.loads.map((l) => l.present) };
  const suA = median(su.app);
  const suR = median(su.reference);
  const typeable = (key) => median(results[key].loads.map((l) => l.typeable));
  const tyA = typeable('app');
  const tyR = typeable('reference');
  rows.push([`first input typeable (#systolic_bp on screen), ms (median of ${LOADS})`, ms(tyA), ms(tyR), ratio(tyA, tyR)]);
  rows.push([`verdict live (start-up to usable input), ms (median of ${LOADS})`, ms(suA), ms(suR), ratio(suA, suR)]);
  rows.push(['  min – max', `${ms(Math.min(...su.app))}–${ms(Math.max(...su.app))}`, `${ms(Math.min(...su.reference))}–${ms(Math.max(...su.reference))}`, '']);
  rows.push(['  #systolic_bp in the document, ms (median)', ms(median(sp.app)), ms(median(sp.reference)), ratio(median(sp.app), median(sp.reference))]);
  const fcp = (key) => median(results[key].loads.map((l) => l.fcp));
  rows.push(['first contentful paint, ms (median)', ms(fcp('app')), ms(fcp('reference')), ratio(fcp('app'), fcp('reference'))]);
  const kA = median(results.app.keys);
  const kR = median(results.reference.keys);
  rows.push([`keystroke → verdict, ms (median of ${KEYS})`, ms(kA), ms(kR), ratio(kA, kR)]);
  rows.push(['  p90', ms(quantile(results.app.keys, 0.9)), ms(quantile(results.reference.keys, 0.9)), '']);
  let suF;
  if (results.floor) {
    // The floor in the app's column, against the same reference loads.
    suF = median(results.floor.loads.map((l) => l.usable));
    rows.push('---');
    rows.push(['Yew floor (bench/floor, one input)', 'Yew floor', 'reference', 'ratio']);
    rows.push('---');
    rows.push([`start-up to usable input, ms (median of ${LOADS})`, ms(suF), ms(suR), ratio(suF, suR)]);
    const kF = median(results.floor.keys);
    rows.push([`keystroke → verdict, ms (median of ${KEYS})`, ms(kF), ms(kR), ratio(kF, kR)]);
  }
  const lh = results.app.lighthouse;
  if (lh?.scores) {
    rows.push(['Lighthouse mobile: performance', lh.scores.performance, '', '']);
    rows.push(['Lighthouse mobile: accessibility', lh.scores.accessibility, '', '']);
    rows.push(['Lighthouse mobile: best-practices', lh.scores['best-practices'], '', '']);
  } else if (lh) {
    rows.push(['Lighthouse', lh.error, '', '']);
  }
  const targets = [
    `brotli ≤ ${n0(BUDGET.brotliBytes)}: ${app.total.brotli <= BUDGET.brotliBytes ? 'yes' : 'NO'}`,
    `first input typeable ≤ ${BUDGET.typeableRatio}× reference: ${tyA <= BUDGET.typeableRatio * tyR ? 'yes' : 'NO'}`,
    `start-up ≤ ${BUDGET.startupRatio}× reference: ${suA <= BUDGET.startupRatio * suR ? 'yes' : 'NO'}`,
    `start-up ≤ ${BUDGET.startupMs} ms: ${suA <= BUDGET.startupMs ? 'yes' : 'NO'}`,
    `keystroke ≤ ${BUDGET.keystrokeMs} ms: ${kA <= BUDGET.keystrokeMs ? 'yes' : 'NO'}`,
  ];
  if (suF !== undefined) {
    const allowance = BUDGET.startupRatio * suR;
    targets.push(`of the ${ms(allowance)} ms that ${BUDGET.startupRatio}× reference allows, Yew alone (the floor) takes ${ms(suF)} ms (${ratio(suF, suR)}), leaving ${ms(allowance - suF)} ms for everything the app adds; it uses ${ms(suA - suF)} ms`);
  }
  if (lh?.scores) {
    const ok = Object.entries(BUDGET.lighthouse).every(([k, v]) => lh.scores[k] >= v);
    targets.push(`Lighthouse ≥ ${Object.values(BUDGET.lighthouse).join('/')}: ${ok ? 'yes' : 'NO'}`);
  }

  let git = '';
  try {
    // rev-parse only: it never touches the index (describe --dirty would refresh it).
    git = execFileSync('git', ['-C', REPO, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {}
  console.log(`kenshin-check bench · ${new Date().toISOString().slice(0, 16)}Z · ${git} · ${chromium} · ` +
    `390×844 phone, CPU ×${CPU_SLOWDOWN}, 1.6 Mbit/s ↓ 750 kbit/s ↑ 150 ms, cache off, brotli served`);
  console.log(table(rows));
  console.log(`targets: ${targets.join('; ')}`);
  if (lh?.scores) {
    console.log(`Lighthouse failing audits (weighted): ${lh.failing.length ? lh.failing.join(' ') : 'none'}`);
    console.log(`Lighthouse advice (weight 0, not passed): ${lh.advice.length ? lh.advice.join(' ') : 'none'}`);
  }
  if (lh?.metrics) console.log(`Lighthouse metrics: ${Object.entries(lh.metrics).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  if (JSON_OUT) writeFileSync(JSON_OUT, JSON.stringify(results, null, 1));
}

try {
  await main();
} finally {
  rmSync(WORK, { recursive: true, force: true });
}
