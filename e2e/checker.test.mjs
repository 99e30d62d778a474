// The checker as a participant uses it: the release build served on loopback, this run's
// engine (E2E_ENGINE) at a 390x844 phone viewport, typing into real inputs key by key.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, ENGINE, named, pdfPages, SHOTS, verdict } from './engines/index.mjs';
import { NORMAL, fillControls, launchForFile, openApp, printedBesideSummary, printedText, serveForFile } from './fixtures.mjs';

const server = serveForFile({ plain: true });
const browser = launchForFile();

const fresh = (lang = 'ja') => openApp(browser, `${server.url}?lang=${lang}`);
const fill = fillControls;

async function shoot(page, name) {
  await page.locator('#result').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}${ENGINE}-${name}.png` });
}

// Which mandatory items are missing, and the old-checkup warning: tests/checker.rs.
for (const lang of ['ja', 'en']) {
  // The flag's words and threshold as it is typed: tests/checker.rs
  // a_high_systolic_value_flags_as_it_is_typed. Here what only a real engine's layout shows.
  test(named(`see-doctor-first: typing at the top of a phone screen, the verdict bar is in view and not over the field (${lang})`), async () => {
    const page = await fresh(lang);
    await fill(page, { systolic_bp: '185' });
    assert.equal(await verdict(page), 'see-doctor-first');
    const bar = page.locator('.verdict-bar');
    assert.match(await bar.textContent(), lang === 'ja' ? /始める前に医療機関を受診/ : /See a doctor before you start/);
    const box = await bar.boundingBox();
    assert.ok(box && box.y >= 0 && box.y + box.height <= 844.5, `verdict bar in view: ${JSON.stringify(box)}`);
    const input = await page.locator('#systolic_bp').boundingBox();
    assert.ok(input.y + input.height <= box.y, `the input being typed in is not under the bar: ${JSON.stringify({ input, box })}`);
    await page.screenshot({ path: `${SHOTS}${ENGINE}-typing-${lang}.png` });
    await shoot(page, `see-doctor-first-${lang}`);
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test(named(`no accessibility violations (axe-core) with values and an error (${lang})`), async () => {
    const page = await fresh(lang);
    await fill(page, { systolic_bp: '185', ast: 'x', age: '50', checkup_date: '2020-01-01' });
    assert.deepEqual(await axeViolations(page), []);
    await page.close();
  });
}

// A complete checkup typed with full-width digits may start, and an error keeps its text and
// recovers: tests/checker.rs a_complete_normal_checkup_may_start (the parsing: core/tests/input.rs).
// Not there: the estimate shown where eGFR is blank and nothing is flagged.
test(named('may-start: a complete normal checkup flags nothing and shows the eGFR estimated from creatinine'), async () => {
  const page = await fresh('ja');
  await fill(page, { ...NORMAL, sex: 'male', age: '52', creatinine: '0.9' });
  assert.equal(await verdict(page), 'may-start');
  assert.equal(await page.count('[data-flag]'), 0);
  assert.match(await page.textContent('[data-estimated-egfr]'), /\d+\.\d/, 'eGFR estimated from creatinine');
  await shoot(page, 'may-start-ja');
  assert.deepEqual(page.errors, []);
  await page.close();
});

test(named('every touch target is at least 44x44 CSS px'), async () => {
  const page = await fresh('ja');
  const small = await page.evaluate(() =>
    [...document.querySelectorAll('input[type=text], input[type=date], button, .choice, #result a')]
      .map((el) => ({ el: el.id || el.className || el.tagName, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && (box.width < 44 || box.height < 44))
      .map(({ el, box }) => `${el} ${Math.round(box.width)}x${Math.round(box.height)}`));
  assert.deepEqual(small, []);
  await page.close();
});

test(named('usable at 200 % zoom: at 195 CSS px wide nothing scrolls sideways and the verdict still updates'), async () => {
  // 200 % zoom on a 390 px phone leaves 195 CSS px of width.
  const page = await browser.newPage();
  await page.setViewportSize({ width: 195, height: 422 });
  await page.goto(`${server.url}?lang=ja`);
  await page.waitForSelector('[data-verdict]');
  await fill(page, { systolic_bp: '185', ast: 'x', sex: 'female' });
  for (const lang of ['ja', 'en']) {
    if (lang === 'en') await page.click('.lang-toggle');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${lang}: the page is ${overflow} px wider than the viewport`);
  }
  assert.equal(await verdict(page), 'see-doctor-first');
  // Switching language keeps what was typed (tests/checker.rs switching_language_keeps_every_value,
  // for the fields); here also a radio, and the address the page now has.
  assert.match(await page.url(), /lang=en/);
  assert.equal(await page.inputValue('#systolic_bp'), '185');
  assert.equal(await page.isChecked('input[name=sex][value=female]'), true);
  await page.screenshot({ path: `${SHOTS}${ENGINE}-zoom-200-en.png` });
  await page.click('[data-nav=guide]');
  await page.waitForSelector('[data-section=guide]');
  const guideOverflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(guideOverflow <= 0, `guide: the page is ${guideOverflow} px wider than the viewport`);
  await page.close();
});

test(named('print: a one-page summary with the values, the criteria met and the dates'), async (t) => {
  const page = await fresh('ja');
  try {
    await fill(page, { sex: 'female', age: '62', checkup_date: '2026-06-01', systolic_bp: '185', creatinine: '1.42' });
    await page.emulateMedia({ media: 'print' });
    // The sheet's head (.print-summary), then the screen's summary of the values; the form is not printed.
    assert.equal(await page.isVisible('.print-summary'), true, 'the sheet\'s head is printed');
    assert.equal(await page.isVisible('[data-summary]'), true, 'the summary of the values is printed');
    assert.equal(await page.isVisible('form.checker'), false, 'the form is not printed');
    assert.deepEqual(await printedBesideSummary(page), [], 'nothing else of main is printed');
    const printed = await printedText(page);
    assert.match(printed, /2026-06-01/);
    assert.match(printed, /185 mmHg[\s\S]*基準 180 mmHg 以上/);
    assert.match(printed, /29\.9 mL\/min\/1\.73m² \(推算値\)[\s\S]*基準 30 mL\/min\/1\.73m² 未満/);
    assert.match(printed, /どこにも送信されていません/);
    const pdf = await page.pdf();
    await t.test('on one A4 page', { skip: !pdf && `${ENGINE}'s driver cannot print to PDF` }, () => assert.equal(pdfPages(pdf), 1));
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.screenshot({ path: `${SHOTS}${ENGINE}-print-checker-ja.png`, fullPage: true });
  } finally {
    await page.close();
  }
});
