// The checkup at a glance (docs/product.md, "Summary"), in this run's engine (E2E_ENGINE) at the
// 390x844 phone viewport, with a typical participant's checkup typed key by key (fixtures.mjs
// TYPICAL). Which values the summary lists and in what order, the bands, the folds: the core
// (core/tests/summary.rs, core/tests/scale.rs) and the components (tests/summary.rs). Here what
// only a real engine shows: where each scale's marker is drawn as laid out, the printed page
// (one A4 sheet), axe on the whole page, and a summary line's link into the folded national part.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, ENGINE, named, pdfPages, PHONE, verdict } from './engines/index.mjs';
import { TYPICAL, fillControls, launchForFile, openApp, printedBesideSummary, serveForFile } from './fixtures.mjs';

const server = serveForFile({ plain: true });
const browser = launchForFile();

const fresh = (lang = 'ja') => openApp(browser, `${server.url}?lang=${lang}`);

/** TYPICAL's lines, most concerning first: the ※1 criterion met, then see-doctor, guidance, normal, no band; form order within each. */
const TYPICAL_ORDER = [
  'systolic_bp', 'diastolic_bp', 'hba1c', 'alt', 'ggt', 'ldl', 'ast', 'egfr', 'triglycerides', 'hdl', 'creatinine', 'waist',
];

/** The national part's fold (components::disclosure). */
const NATIONAL = 'section.national > details';

const summaryItems = (page) => page.$$eval('[data-summary] [data-summary-item]', (items) => items.map((li) => li.dataset.summaryItem));

/**
 * Every scale on the page as laid out, in page coordinates: its key, where it is (a field or
 * the summary), the band the value's note says (`[data-band-for]`, beside the field), the
 * horizontal centre of its marker and each band's segment.
 */
const scales = (page) => page.$$eval('svg[data-scale-for]', (svgs) => svgs.map((svg) => {
  const key = svg.dataset.scaleFor;
  const marker = svg.querySelector('[data-scale-marker]');
  const box = marker?.getBoundingClientRect();
  return {
    key,
    where: svg.closest('[data-summary]') ? 'summary' : 'field',
    band: document.querySelector(`[data-band-for="${key}"]`)?.dataset.band ?? null,
    glyph: marker?.textContent ?? null,
    marker: box ? box.left + box.width / 2 + scrollX : null,
    rects: [...svg.querySelectorAll('rect[data-scale-band]')].map((rect) => {
      const r = rect.getBoundingClientRect();
      return { band: rect.dataset.scaleBand, left: r.left + scrollX, right: r.right + scrollX };
    }),
  };
}));

/** The marker's centre lies strictly inside its band's segment and outside every other. */
function assertMarkerInItsBand(scale) {
  const at = `${scale.where} scale of ${scale.key} (${JSON.stringify(scale)})`;
  assert.ok(scale.band, `${at}: the value's band is said in words ([data-band-for])`);
  assert.ok(Number.isFinite(scale.marker), `${at}: a marker`);
  const own = scale.rects.filter((r) => r.band === scale.band);
  assert.equal(own.length, 1, `${at}: one segment for the band ${scale.band}`);
  assert.ok(own[0].right - own[0].left > 0, `${at}: the segment is laid out`);
  assert.ok(own[0].left < scale.marker && scale.marker < own[0].right, `${at}: the marker is strictly inside the ${scale.band} segment`);
  for (const other of scale.rects.filter((r) => r.band !== scale.band)) {
    assert.ok(scale.marker < other.left || scale.marker > other.right, `${at}: the marker is outside the ${other.band} segment`);
  }
}

test(named('the typical checkup: the summary appears under the verdict with its lines most concerning first, each a 44 px link to its field'), async () => {
  const page = await fresh('ja');
  try {
    assert.equal(await page.count('[data-summary]'), 0, 'nothing typed, no summary');
    await fillControls(page, TYPICAL);
    assert.equal(await verdict(page), 'see-doctor-first');
    await page.waitForSelector('[data-summary]', { state: 'visible' });
    assert.deepEqual(await summaryItems(page), TYPICAL_ORDER);
    // The lines that meet a ※1 criterion carry the verdict's flag.
    assert.deepEqual(await page.$$eval('[data-summary] [data-flag]', (els) => els.map((el) => el.dataset.flag)), ['systolic_bp']);
    const links = await page.$$eval('[data-summary] [data-summary-item]', (items) => items.map((li) => li.querySelector('a')?.getAttribute('href')));
    assert.deepEqual(links, TYPICAL_ORDER.map((key) => `#${key}`));
    // Each link is a 44 px target, as every other target on the page (e2e/checker.test.mjs).
    const small = await page.$$eval('[data-summary] a', (as) => as.map((a) => [a.getAttribute('href'), a.getBoundingClientRect()])
      .filter(([, box]) => box.width < 44 || box.height < 44).map(([href, box]) => `${href} ${Math.round(box.width)}x${Math.round(box.height)}`));
    assert.deepEqual(small, []);
    // Right under the verdict.
    assert.equal(await page.evaluate(() => document.querySelector('#result').nextElementSibling?.matches('[data-summary]')), true);
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});

test(named('every scale, beside a field and in the summary, draws its marker inside the segment of the value\'s band'), async () => {
  const page = await fresh('ja');
  try {
    await fillControls(page, TYPICAL);
    const all = await scales(page);
    // A scale beside each field with a band, and one on each summary line with a band.
    const banded = await page.$$eval('[data-band-for]', (els) => els.map((el) => el.dataset.bandFor));
    assert.deepEqual(all.filter((s) => s.where === 'field').map((s) => s.key), banded, 'a scale beside every banded field');
    assert.deepEqual(all.filter((s) => s.where === 'summary').map((s) => s.key), TYPICAL_ORDER.filter((key) => banded.includes(key)), 'a scale on every banded summary line');
    assert.ok(all.length >= 20, `${all.length} scales`);
    for (const scale of all) assertMarkerInItsBand(scale);
    // Lower is worse for HDL (38 mg/dL): see-doctor is on the left, normal on the right.
    for (const hdl of all.filter((s) => s.key === 'hdl')) {
      const [seeDoctor, normal] = ['see-doctor', 'normal'].map((band) => hdl.rects.find((r) => r.band === band));
      assert.ok(seeDoctor.right <= normal.left, `HDL's ${hdl.where} scale: see-doctor left of normal (${JSON.stringify(hdl.rects)})`);
    }
  } finally {
    await page.close();
  }
});

test(named('a value at a limit (systolic 140 mmHg) is in the band the limit starts, and its marker inside that segment'), async () => {
  const page = await fresh('ja');
  try {
    await fillControls(page, { systolic_bp: '140' });
    assert.equal(await page.getAttribute('[data-band-for="systolic_bp"]', 'data-band'), 'see-doctor');
    const systolic = (await scales(page)).filter((s) => s.key === 'systolic_bp');
    assert.deepEqual(systolic.map((s) => s.where), ['field', 'summary']);
    for (const scale of systolic) {
      assert.equal(scale.glyph, '●', 'a dot: the value is on the bar');
      assertMarkerInItsBand(scale);
    }
  } finally {
    await page.close();
  }
});

for (const lang of ['ja', 'en']) {
  test(named(`print: the sheet's head and the summary with its scales, nothing else of the page, on one A4 page (${lang})`), async (t) => {
    const page = await fresh(lang);
    try {
      await fillControls(page, { ...TYPICAL, checkup_date: '2026-06-01' });
      await page.emulateMedia({ media: 'print' });
      assert.equal(await page.isVisible('.print-summary'), true, 'the sheet\'s head');
      assert.equal(await page.isVisible('[data-summary]'), true, 'the summary');
      assert.deepEqual(await printedBesideSummary(page), [], 'nothing else of main is printed');
      assert.equal(await page.isVisible('.app > header'), false, 'the page\'s header is not printed');
      // The head first, then the summary.
      const [head, summary] = await Promise.all(['.print-summary', '[data-summary]'].map((s) => page.locator(s).boundingBox()));
      assert.ok(head.y + head.height <= summary.y + 1, `the sheet's head above the summary: ${JSON.stringify({ head, summary })}`);
      // Every line with its scale, drawn as on screen: the marker inside its band's segment.
      assert.deepEqual(await summaryItems(page), TYPICAL_ORDER);
      const printed = (await scales(page)).filter((s) => s.where === 'summary');
      assert.equal(printed.length, TYPICAL_ORDER.length - 2, 'a scale on every banded line (creatinine and waist have none)');
      for (const scale of printed) assertMarkerInItsBand(scale);
      const pdf = await page.pdf();
      await t.test('on one A4 page', { skip: !pdf && `${ENGINE}'s driver cannot print to PDF` }, () => assert.equal(pdfPages(pdf), 1, 'pages of the printed PDF (A4)'));
      await page.emulateMedia({ media: 'screen' });
      assert.equal(await page.isVisible('.print-summary'), false, 'back on screen');
    } finally {
      await page.close();
    }
  });
}

for (const lang of ['ja', 'en']) {
  test(named(`no accessibility violations (axe-core) with the summary shown and the national part open (${lang})`), async () => {
    const page = await fresh(lang);
    try {
      await fillControls(page, TYPICAL);
      await page.waitForSelector('[data-summary]', { state: 'visible' });
      assert.equal(await page.evaluate((s) => document.querySelector(s).open, NATIONAL), true, 'the national part opened by itself');
      assert.deepEqual(await axeViolations(page), []);
    } finally {
      await page.close();
    }
  });
}

test(named('a summary line\'s link to a field in the national part the participant closed opens it, and the field shows'), async () => {
  const page = await fresh('ja');
  try {
    await fillControls(page, TYPICAL);
    assert.equal(await page.evaluate((s) => document.querySelector(s).open, NATIONAL), true, 'opened by itself');
    await page.click(`${NATIONAL} > summary`);
    assert.equal(await page.evaluate((s) => document.querySelector(s).open, NATIONAL), false, 'closed by the participant');
    assert.equal(await page.isVisible('#waist'), false);
    // What the participant sees. The three engines here also open a closed <details> around a
    // fragment's target themselves (following the link), so this holds with or without the app's
    // own opening of the part.
    await page.click('[data-summary-item="waist"] a');
    await page.waitForFunction((s) => document.querySelector(s).open, NATIONAL, { timeout: 5000 })
      .catch(() => assert.fail('the national part stayed closed'));
    await page.waitForSelector('#waist', { state: 'visible', timeout: 5000 });
    // Where the link leads: the field is on the screen (the fragment's scroll puts its top at the
    // viewport's, to within a pixel's fraction: Firefox leaves it at -0.2).
    const box = await page.locator('#waist').boundingBox();
    assert.ok(box.y >= -1 && box.y + box.height <= PHONE.height, `#waist in view: ${JSON.stringify(box)}`);
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});
