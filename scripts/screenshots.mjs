// Screenshots for a person to look at (not a test: it proves nothing a test does not): the
// session guide's top, each of its parts and the precautions, the support level for each
// level a participant can get, and the checkup at a glance, at 390x844 in Japanese and English,
// in E2E_ENGINE's engine (scripts/screenshots runs each), into
// target/screenshots/<engine>-guide-<part>-phone-<lang>.png, <engine>-support-<level>-<lang>.png,
// and, with a typical checkup typed (e2e/fixtures.mjs TYPICAL): <engine>-summary-<lang>.png (the
// summary under the verdict), <engine>-scale-systolic_bp-<lang>.png (a field with its scale) and
// <engine>-print-<lang>.png (the whole page as printed); it also prints the page's height with
// that checkup typed. The appointment is typed,
// the Webex others opened, two items ticked and the camera running (with the meter moving
// where Web Audio runs), so that every state a part can show is on one of them. Exits 1 if a
// page reported an error.
import { mkdir } from 'node:fs/promises';
import { startServer } from '../e2e/server.mjs';
import { assertBuilt, DIST } from '../e2e/hosting.mjs';
import { ENGINE, launch, PHONE, SHOTS } from '../e2e/engines/index.mjs';
import { audioClockRuns, meterAbove, openApp, openGuideOf, startCamera, TYPICAL } from '../e2e/fixtures.mjs';

/** The guide's parts, in the order the page shows them (tests/guide.rs checks the order). */
const PARTS = ['steps', 'appointment', 'webex', 'prepare', 'data', 'camera', 'join', 'privacy'];

// A 58-year-old man, waist 92 cm, with blood pressure, lipid and glucose risks (tests/national.rs
// checks the words): active support, motivational at 67, information on medicine, and what a
// level still needs.
const ACTIVE = {
  sex: 'male', age: '58', systolic_bp: '142', diastolic_bp: '88', glucose: '110', hba1c: '5.9',
  ast: '35', alt: '40', ggt: '80', waist: '92', height: '170', weight: '78', triglycerides: '180', hdl: '38',
};
const LEVELS = [
  ['active', ACTIVE],
  ['motivational', { ...ACTIVE, age: '67' }],
  ['information', { ...ACTIVE, med_bp: true }],
  ['incomplete', { waist: '88', systolic_bp: '135' }],
];

/**
 * The whole page as a screenshot. WebDriver classic (WebKit) shows the viewport only: there the
 * window is made as tall as the page for the shot, then put back.
 */
async function fullPage(page, path) {
  if (ENGINE !== 'webkit') return page.screenshot({ path, fullPage: true });
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ ...PHONE, height });
  try {
    await page.evaluate(() => scrollTo(0, 0));
    return await page.screenshot({ path });
  } finally {
    await page.setViewportSize(PHONE);
  }
}

/**
 * The checkup at a glance with TYPICAL typed in `lang`: the summary, the systolic field with
 * its scale, the page printed (print emulation), and the page's height on screen. Returns the
 * page's errors.
 */
async function glance(lang) {
  const page = await openApp(browser, `${server.url}?lang=${lang}`, TYPICAL);
  try {
    const shot = (name) => `${SHOTS}${ENGINE}-${name}-${lang}.png`;
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    console.log(`${ENGINE} ${lang}: the page is ${height} px high with the typical checkup typed (document.documentElement.scrollHeight at 390x844)`);
    await page.locator('[data-summary]').screenshot({ path: shot('summary') });
    await page.locator('.field:has(#systolic_bp)').screenshot({ path: shot('scale-systolic_bp') });
    await page.emulateMedia({ media: 'print' });
    await fullPage(page, shot('print'));
    await page.emulateMedia({ media: 'screen' });
    return page.errors;
  } finally {
    await page.close();
  }
}

assertBuilt();
await mkdir(SHOTS, { recursive: true });
const server = await startServer({ root: DIST });
const browser = await launch({ media: 'mock' });
const errors = [];
try {
  for (const lang of ['ja', 'en']) {
    const page = await openGuideOf(browser, server.url, lang);
    const shot = (name) => `${SHOTS}${ENGINE}-guide-${name}-phone-${lang}.png`;
    await page.screenshot({ path: shot('top') });
    await page.click('.webex-others summary');
    await page.check('#prepare-1');
    await page.check('#prepare-3');
    // The appointment as agreed, so the date in words, the days left and the calendar link show.
    await page.fill('#appointment_date', new Date(Date.now() + 12 * 86400e3).toISOString().slice(0, 10));
    await page.fill('#appointment_time', '10:30');
    await page.waitForSelector('[data-action="add-to-calendar"]');
    for (const part of PARTS) {
      if (part === 'camera') {
        await startCamera(page);
        // Live: a picture, and the meter while the fake microphone sounds.
        await page.waitForFunction(() => document.querySelector('#camera-preview').readyState >= 2);
        if (await audioClockRuns(page)) await meterAbove(page, 30);
      }
      await page.locator(`[data-guide-part="${part}"]`).screenshot({ path: shot(part) });
    }
    await page.locator('[data-section="guide"] .precautions').screenshot({ path: shot('precautions') });
    await page.click('[data-action="camera-stop"]');
    errors.push(...page.errors.map((error) => `${lang}: ${error}`));
    await page.close();
    console.log(`${ENGINE} ${lang}: ${PARTS.length + 2} screenshots in ${SHOTS}`);
    for (const [level, values] of LEVELS) {
      const checker = await openApp(browser, `${server.url}?lang=${lang}`, values);
      await checker.locator('[data-support-level]').screenshot({ path: `${SHOTS}${ENGINE}-support-${level}-${lang}.png` });
      errors.push(...checker.errors.map((error) => `${lang} ${level}: ${error}`));
      await checker.close();
    }
    errors.push(...(await glance(lang)).map((error) => `${lang} glance: ${error}`));
  }
} finally {
  await browser.close();
  await server.close();
}
if (errors.length) {
  console.error(`${ENGINE}: the page reported errors:\n  ${errors.join('\n  ')}`);
  process.exitCode = 1;
}
