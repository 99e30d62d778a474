// The national bands and the estimated support level (docs/product.md, "National bands and support level"), as a
// participant sees them: secondary to the programme verdict, in words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ENGINE, named, SHOTS, verdict } from './engines/index.mjs';
import { launchForFile, openApp, serveForFile } from './fixtures.mjs';

const server = serveForFile({ plain: true });
const browser = launchForFile();

/** The app in `lang`, with `values` entered. */
const open = (lang, values) => openApp(browser, `${server.url}?lang=${lang}`, values);

// A 58-year-old man, waist 92 cm: group A, with blood pressure, lipid and
// glucose risks; no programme criterion holds.
const ACTIVE = {
  sex: 'male', age: '58', systolic_bp: '142', diastolic_bp: '88', glucose: '110', hba1c: '5.9',
  ast: '35', alt: '40', ggt: '80', waist: '92', height: '170', weight: '78', triglycerides: '180', hdl: '38',
};

const PARTICIPANTS = [
  ['active', ACTIVE],
  ['motivational', { ...ACTIVE, age: '67' }],
  ['information', { ...ACTIVE, med_bp: true }],
  ['incomplete', { waist: '88', systolic_bp: '135' }],
];

for (const lang of ['ja', 'en']) {
  for (const [level, values] of PARTICIPANTS) {
    test(named(`a participant whose results lead to ${level} support (${lang})`), async () => {
      const page = await open(lang, values);
      const support = page.locator('[data-support-level]');
      assert.equal(await support.getAttribute('data-support-level'), level);
      const words = await support.textContent();
      if (level === 'active') assert.match(words, lang === 'ja' ? /積極的支援/ : /Active support/);
      if (level === 'motivational') assert.match(words, lang === 'ja' ? /65〜74歳/ : /65–74/);
      if (level === 'information') assert.match(words, lang === 'ja' ? /血圧の薬/ : /medicine for blood pressure/);
      if (level === 'incomplete') assert.match(words, lang === 'ja' ? /性別/ : /Sex/, 'says what is missing');
      await support.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}${ENGINE}-support-${level}-${lang}.png` });
      assert.deepEqual(page.errors, []);
      await page.close();
    });
  }

  test(named(`bands sit beside each value, in words, apart from the verdict (${lang})`), async () => {
    const page = await open(lang, { ...ACTIVE, urine_protein: '+-' });
    // The programme's own criteria do not hold: the verdict stays may-start.
    assert.equal(await verdict(page), 'may-start');
    const band = (key) => page.getAttribute(`[data-band-for="${key}"]`, 'data-band');
    assert.equal(await band('systolic_bp'), 'see-doctor');
    assert.equal(await band('diastolic_bp'), 'guidance');
    assert.equal(await band('glucose'), 'guidance');
    assert.equal(await band('hba1c'), 'guidance');
    assert.equal(await band('ast'), 'guidance');
    assert.equal(await band('ggt'), 'guidance');
    assert.equal(await band('triglycerides'), 'guidance');
    assert.equal(await band('hdl'), 'guidance');
    assert.equal(await band('urine_protein'), 'guidance');
    const words = await page.textContent('[data-band-for="systolic_bp"]');
    assert.match(words, lang === 'ja' ? /受診勧奨判定値.*140 mmHg 以上/ : /See-a-doctor level.*140 mmHg or higher/);
    // The section says it is reference information, separate from the result.
    assert.match(await page.textContent('.national-intro'), lang === 'ja' ? /別のもの/ : /separate from the Result/);
    assert.deepEqual(page.errors, []);
    await page.close();
  });
}

test(named('random triglycerides use the random limit, and non-HDL is banded only without LDL'), async () => {
  const page = await open('ja', { triglycerides: '160', non_hdl: '155' });
  assert.equal(await page.getAttribute('[data-band-for="triglycerides"]', 'data-band'), 'guidance');
  await page.check('input[name=tg_timing][value=random]');
  assert.equal(await page.getAttribute('[data-band-for="triglycerides"]', 'data-band'), 'normal');
  assert.equal(await page.getAttribute('[data-band-for="non_hdl"]', 'data-band'), 'guidance');
  await page.fill('#ldl', '100');
  assert.equal(await page.locator('[data-band-for="non_hdl"]').count(), 0);
  assert.equal(await page.getAttribute('[data-band-for="ldl"]', 'data-band'), 'normal');
  assert.deepEqual(page.errors, []);
  await page.close();
});
