// Into the interview on the first try (docs/product.md, "Session guide"): the app the
// operator's meetings need (kenshin:webex-app) with its store links and device needs on
// an iPhone, an iPad in desktop mode and an Android phone; on a computer, joining from
// the browser first; and the appointment typed in the guide becoming a calendar file made
// on the device, which a well-kept parser (ical.js) reads as one event at the typed time
// with two alarms, and whose making sends nothing. In this run's engine (E2E_ENGINE).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import { mkdir } from 'node:fs/promises';
import { ENGINE, named, PC, SHOTS } from './engines/index.mjs';
import { assertBuilt, pageQuiet, pageRequests, serveApp } from './hosting.mjs';
import { browsersForFile, openGuideOf, withBrowser } from './fixtures.mjs';

const IPHONE = ['iPhone', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1', 5];
const IPAD = ['iPad, desktop mode', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15', 5];
const ANDROID = ['Android phone', 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36', 5];
const WINDOWS = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36';
const MAC = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15';

// The store entries Cisco publishes for each app (core/src/guide/webex_app.rs cites them).
const STORES = {
  webex: { 'app-store': 'https://apps.apple.com/jp/app/id833967564', 'google-play': 'https://play.google.com/store/apps/details?id=com.cisco.wx2.android' },
  'webex-meetings': { 'app-store': 'https://apps.apple.com/jp/app/id298844386', 'google-play': 'https://play.google.com/store/apps/details?id=com.cisco.webex.meetings' },
};
const APP_NAME = { webex: 'Webex', 'webex-meetings': 'Webex Meetings' };

const servers = [];
const browserWith = browsersForFile();
before(async () => {
  assertBuilt();
  await mkdir(SHOTS, { recursive: true });
});
after(async () => {
  await Promise.all(servers.map((server) => server.close()));
});

/** The build served with `kenshin:webex-app` set (undefined: as built, the default). */
async function serveWith(webexApp) {
  const server = await serveApp({ settings: webexApp ? { 'webex-app': webexApp } : {} });
  servers.push(server);
  return server;
}

const openGuide = (browser, server, lang = 'ja') => openGuideOf(browser, server.url, lang);

for (const webexApp of ['webex', 'webex-meetings']) {
  for (const [device, userAgent, touchPoints] of [IPHONE, IPAD, ANDROID]) {
    test(named(`kenshin:webex-app=${webexApp}: ${device} is offered that app's store, named in every sentence`), async () => {
      const server = await serveWith(webexApp === 'webex' ? undefined : webexApp);
      // One browser per device, for both apps: each app is served on an origin of its own.
      const browser = await browserWith({ userAgent, touchPoints });
      for (const lang of ['ja', 'en']) {
        const page = await openGuide(browser, server, lang);
        const part = '[data-guide-part="webex"]';
        assert.equal(await page.getAttribute(part, 'data-webex-app'), webexApp);
        const store = device === ANDROID[0] ? 'google-play' : 'app-store';
        const recommended = page.locator('[data-webex="recommended"]');
        assert.equal(await recommended.getAttribute('data-store'), store);
        assert.equal(await recommended.getAttribute('href'), STORES[webexApp][store]);
        const other = store === 'app-store' ? 'google-play' : 'app-store';
        assert.equal(await page.getAttribute(`[data-webex="other"][data-store="${other}"]`, 'href'), STORES[webexApp][other]);
        const guide = await page.textContent('[data-section="guide"]');
        assert.ok(!guide.includes('{app}'), 'every placeholder is filled');
        const name = APP_NAME[webexApp];
        const named = new RegExp(`${name} (アプリ|app)`);
        assert.match(await page.textContent('#guide-webex-heading'), named);
        assert.match(await recommended.textContent(), new RegExp(`${name} (を入手|on )`));
        assert.match(await page.textContent('[data-guide-part="join"] .join-steps li'), named);
        if (webexApp === 'webex') assert.doesNotMatch(guide, /Webex Meetings/);
        if (webexApp === 'webex-meetings') {
          // Never the other app's name where the app is meant.
          assert.doesNotMatch(guide, /Webex アプリ|Webex app\b|Webex を入手|Get Webex on/);
        }
        // What this phone needs: numbers only where Cisco publishes them (the Webex app).
        const needs = await page.textContent(`${part} .requirements`);
        if (webexApp === 'webex') {
          if (store === 'app-store') {
            assert.match(needs, lang === 'ja' ? /iOS・iPadOS 17 以降/ : /iOS or iPadOS 17 or newer/);
            assert.match(needs, lang === 'ja' ? /「設定」→「一般」→「情報」/ : /Settings → General → About/);
          } else {
            assert.match(needs, lang === 'ja' ? /Android 12 以降、メモリ（RAM）4 GB 以上/ : /Android 12 or newer, at least 4 GB/);
          }
          assert.match(needs, /6/);
        } else {
          assert.doesNotMatch(needs, /\d/, 'no numbers where nothing citable is published');
          assert.match(needs, lang === 'ja' ? /最新版に更新/ : /Update the app/);
        }
        // Either way, what to do when this phone cannot run it.
        assert.match(needs, lang === 'ja' ? /パソコン/ : /a computer/);
        assert.equal(await page.count('[data-join="browser"]'), 0, 'a phone or tablet is not offered the PC browser join');
        if (device === IPHONE[0]) {
          const slug = `${ENGINE}-guide-webex-${webexApp}-iphone-${lang}.png`;
          await page.locator(part).screenshot({ path: SHOTS + slug });
        }
        assert.deepEqual(page.errors, []);
        await page.close();
      }
    });
  }
}

for (const [computer, userAgent] of [['Windows', WINDOWS], ['Mac', MAC]]) {
  test(named(`on a ${computer} computer the guide offers joining from the browser first, then the app`), async () => {
    const server = await serveWith(undefined);
    await withBrowser({ viewport: PC, userAgent, touchPoints: 0 }, async (browser) => {
      for (const lang of ['ja', 'en']) {
        const page = await openGuide(browser, server, lang);
        const join = '[data-guide-part="webex"] [data-join="browser"]';
        assert.equal(await page.count(join), 1);
        const words = await page.textContent(join);
        assert.match(words, lang === 'ja' ? /ブラウザから参加/ : /Join from your browser/);
        assert.match(words, /Google Chrome/);
        assert.match(words, /Microsoft Edge/);
        assert.match(words, lang === 'ja' ? /Firefox（ESR 版を除く）/ : /Firefox \(not the ESR version\)/);
        if (computer === 'Mac') assert.match(words, lang === 'ja' ? /Safari（Mac）: 送る映像は 540p まで、画面共有はできません/ : /Safari \(Mac\): sends video up to 540p, no screen sharing/);
        else assert.doesNotMatch(words, /Safari/);
        // The browser way comes before the download.
        const order = await page.evaluate(() => {
          const join = document.querySelector('[data-join="browser"]');
          const download = document.querySelector('[data-webex="recommended"]');
          return Boolean(join.compareDocumentPosition(download) & Node.DOCUMENT_POSITION_FOLLOWING);
        });
        assert.ok(order, 'joining from the browser is offered before the app download');
        assert.equal(await page.getAttribute('[data-webex="recommended"]', 'data-store'), 'desktop');
        // The camera and microphone check stays.
        assert.equal(await page.count('[data-action="camera-start"]'), 1);
        assert.deepEqual(page.errors, []);
        await page.close();
      }
    });
  });
}

/**
 * Keeps each Blob the page makes a URL for (by its URL): the strict CSP's connect-src
 * 'self' stops the page from fetching a blob: URL, rightly, so the test reads the file
 * from the Blob itself, the bytes a download would save.
 */
const KEEP_BLOBS = `{
  const make = URL.createObjectURL;
  window.e2eBlobs = {};
  URL.createObjectURL = function (blob) { const url = make.call(URL, blob); window.e2eBlobs[url] = blob; return url; };
  // The download itself is the browser's (and differs in each engine's test build): the
  // test stops it after the app's handler has run, once the link points at the file.
  addEventListener('click', (event) => {
    const link = event.target.closest?.('[data-action="add-to-calendar"]');
    if (link) { window.e2eFollowed = link.getAttribute('href'); event.preventDefault(); }
  });
}`;

/** The calendar file the page links to: its type and text. */
const calendarFile = (page) => page.evaluate(async () => {
  const blob = window.e2eBlobs[document.querySelector('[data-action="add-to-calendar"]').href];
  return { type: blob.type, text: await blob.text() };
});

/** Unfolded content lines of an iCalendar text (RFC 5545 §3.1). */
const contentLines = (text) => text.replace(/\r\n[ \t]/g, '').split('\r\n').filter(Boolean);

test(named('the appointment: typed in the guide, shown in words, and a calendar file made on the device that ical.js reads as one event with two alarms; no request'), async () => {
  const server = await serveWith(undefined);
  await withBrowser({ initScripts: [KEEP_BLOBS] }, async (browser) => {
    const page = await openGuide(browser, server, 'ja');
    await pageQuiet(browser.proxy);
    const mark = browser.proxy.mark();
    assert.equal(await page.count('[data-action="add-to-calendar"]'), 0, 'no file before a date and time');
    // A date 10 days from the device's today, at 14:30.
    const date = await page.evaluate(() => {
      const day = new Date();
      day.setDate(day.getDate() + 10);
      return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
    });
    assert.equal(await page.getAttribute('#appointment_date', 'type'), 'date');
    assert.equal(await page.getAttribute('#appointment_time', 'type'), 'time');
    await page.fill('#appointment_date', date);
    await page.fill('#appointment_time', '14:30');
    await page.waitForSelector('[data-action="add-to-calendar"]');
    const [year, month, day] = date.split('-').map(Number);
    assert.match(await page.textContent('.appointment strong'), new RegExp(`^${year}年${month}月${day}日（[日月火水木金土]）14時30分から$`));
    assert.equal(await page.getAttribute('.appointment', 'data-days-left'), '10');
    assert.match(await page.textContent('.appointment'), /あと 10 日/);
    const link = page.locator('[data-action="add-to-calendar"]');
    assert.doesNotMatch(await link.getAttribute('href'), /^blob:/, 'no file is made before the tap');
    assert.match(await link.getAttribute('download'), /^kenshin-interview-\d{8}-1430\.ics$/);
    assert.ok(await link.isVisible());
    const box = await link.boundingBox();
    assert.ok(box.height >= 44, `the link is ${box.height}px tall`);
    // Tapped: the link points at the file, made now, when the browser follows it.
    await page.click('[data-action="add-to-calendar"]');
    const followed = await page.evaluate(() => window.e2eFollowed);
    assert.match(followed, /^blob:/);
    assert.equal(await link.getAttribute('href'), followed);
    // The file as the browser would save it: the Blob behind that URL.
    const file = await calendarFile(page);
    assert.match(file.type, /^text\/calendar/);
    assert.ok(file.text.split('\r\n').length > 10 && !/[^\r]\n/.test(file.text), 'CRLF line ends');
    for (const line of file.text.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, `a line of ${Buffer.byteLength(line)} octets`);
    const calendar = new ICAL.Component(ICAL.parse(file.text));
    const events = calendar.getAllSubcomponents('vevent');
    assert.equal(events.length, 1);
    const event = new ICAL.Event(events[0]);
    const start = event.startDate;
    assert.deepEqual([start.year, start.month, start.day, start.hour, start.minute], [year, month, day, 14, 30]);
    assert.equal(events[0].getFirstProperty('dtstart').getParameter('tzid'), 'Asia/Tokyo');
    // In Japan time, wherever the device is: 14:30 JST is 05:30 UTC.
    start.zone = new ICAL.Timezone(calendar.getFirstSubcomponent('vtimezone'));
    assert.equal(start.toUnixTime(), Date.UTC(year, month - 1, day, 5, 30) / 1000);
    assert.equal(event.duration.toSeconds(), 3600);
    assert.match(event.summary, /面談/);
    assert.match(event.description, /0120-559-870/);
    assert.match(event.description, /Webex アプリを開きます/);
    const alarms = events[0].getAllSubcomponents('valarm');
    assert.equal(alarms.length, 2);
    assert.deepEqual(alarms.map((alarm) => alarm.getFirstPropertyValue('action')), ['DISPLAY', 'DISPLAY']);
    assert.deepEqual(alarms.map((alarm) => alarm.getFirstPropertyValue('trigger').toSeconds()), [-(5 * 3600 + 14.5 * 3600), -600]);
    assert.ok(event.uid.length > 0);
    // Nothing about health: the checker's values are not in the file.
    assert.doesNotMatch(contentLines(file.text).join('\n'), /mmHg|mg\/dL|血圧|血糖/);
    // English: the same appointment, the file in English.
    await page.click('.lang-toggle');
    await page.waitForFunction(() => /Your interview/.test(document.querySelector('#guide-appointment-heading')?.textContent ?? ''));
    assert.equal(await page.inputValue('#appointment_date'), date, 'switching language keeps the date');
    assert.match(await page.textContent('.appointment'), /10 days to go/);
    await page.click('[data-action="add-to-calendar"]');
    const english = (await calendarFile(page)).text;
    assert.equal(await page.evaluate((first) => window.e2eBlobs[first] !== undefined && document.querySelector('[data-action="add-to-calendar"]').href !== first, followed), true, 'a second tap makes a new file');
    assert.match(new ICAL.Event(new ICAL.Component(ICAL.parse(english)).getFirstSubcomponent('vevent')).summary, /interview/);
    await pageQuiet(browser.proxy, 500);
    assert.deepEqual(pageRequests(browser.proxy, mark), [], `making the file sent nothing (${ENGINE}, through the proxy)`);
    assert.deepEqual(page.errors, []);
    await page.close();
  });
});

test(named('the appointment is kept only with "keep my values", and a restart or a reload without it forgets it'), async () => {
  const server = await serveWith(undefined);
  await withBrowser({}, async (browser) => {
    const page = await openGuide(browser, server, 'en');
    await page.fill('#appointment_date', '2031-05-06');
    await page.fill('#appointment_time', '09:05');
    await page.waitForSelector('.appointment');
    assert.match(await page.textContent('.appointment strong'), /^Tuesday 6 May 2031, from 9:05$/);
    assert.deepEqual(await page.evaluate(() => Object.keys(localStorage)), [], 'nothing stored while "keep" is off');
    await page.click('[data-nav="checker"]');
    await page.check('#keep_values');
    const saved = await page.evaluate(() => Object.values(localStorage).join(''));
    assert.match(saved, /appointment_date=2031-05-06/);
    await page.reload();
    await page.waitForSelector('[data-verdict]');
    await page.click('[data-nav="guide"]');
    await page.waitForSelector('#appointment_date');
    assert.equal(await page.inputValue('#appointment_date'), '2031-05-06');
    assert.equal(await page.inputValue('#appointment_time'), '09:05');
    await page.click('[data-nav="checker"]');
    await page.uncheck('#keep_values');
    assert.deepEqual(await page.evaluate(() => Object.keys(localStorage)), []);
    await page.reload();
    await page.waitForSelector('[data-verdict]');
    await page.click('[data-nav="guide"]');
    await page.waitForSelector('#appointment_date');
    assert.equal(await page.inputValue('#appointment_date'), '');
    assert.deepEqual(page.errors, []);
    await page.close();
  });
});
