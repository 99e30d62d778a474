// Per-insurer settings (hosting/README.md): <meta name="kenshin:…"> tags in
// index.html change what the participant sees, with no rebuild; an invalid
// one falls back to the leaflet's default with a console warning. In this run's
// engine (E2E_ENGINE).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, named } from './engines/index.mjs';
import { assertBuilt, serveApp } from './hosting.mjs';
import { openApp } from './fixtures.mjs';

let browser;
const servers = []; // closed at the end even when a test fails
before(async () => {
  assertBuilt();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await Promise.all(servers.map((server) => server.close()));
});

/** Serves the build with these settings written into index.html, opens it, returns the page. */
async function openWith(metas, query = '') {
  const server = await serveApp({ settings: metas });
  servers.push(server);
  const page = await openApp(browser, `${server.url}${query}`);
  return {
    page,
    // The app's own warnings (Chromium adds one about preload integrity), read when asked.
    get warnings() { return page.messages.map((m) => m.text).filter((text) => text.startsWith('kenshin-check setting')); },
    // Console errors (a CSP violation among them) and uncaught exceptions.
    get errors() { return page.errors; },
    close: () => page.close(),
  };
}

/** The distinct targets of the page's tel: links. */
const telHrefs = (page) => page.$$eval('a[href^="tel:"]', (links) => [...new Set(links.map((a) => a.getAttribute('href')))]);
const accent = (page) => page.evaluate(() => getComputedStyle(document.querySelector('[data-nav][aria-current=page]')).backgroundColor);

/**
 * The visible links whose accessible name (aria-label, else the text) matches `name`, as
 * { href, target, rel, height }: what Playwright's getByRole('link', { name }) selects.
 */
const links = (page, name) => page.evaluate(({ source, flags }) => {
  const re = new RegExp(source, flags);
  return [...document.querySelectorAll('a[href]')]
    .filter((a) => a.getClientRects().length > 0 && getComputedStyle(a).visibility !== 'hidden' && !a.closest('[aria-hidden=true]'))
    .filter((a) => re.test((a.getAttribute('aria-label') ?? a.textContent).replace(/\s+/g, ' ').trim()))
    .map((a) => ({ href: a.getAttribute('href'), target: a.getAttribute('target'), rel: a.getAttribute('rel'), height: a.getBoundingClientRect().height }));
}, { source: name.source, flags: name.flags });

/** The one link named `name`. */
async function link(page, name) {
  const found = await links(page, name);
  assert.equal(found.length, 1, `one link named ${name}: ${JSON.stringify(found)}`);
  return found[0];
}

test(named('with the defaults: the leaflet\'s number and privacy contact, no video link'), async () => {
  const opened = await openWith({});
  const { page, close } = opened;
  assert.equal(await page.locator('.insurer').count(), 0, 'no insurer name in the header');
  await page.click('[data-nav="guide"]');
  assert.deepEqual(await telHrefs(page), ['tel:0120559870']);
  assert.equal(await page.locator('a[href="https://www.sompo-hs.co.jp/privacy_form/"]').count(), 1);
  assert.equal((await links(page, /動画/)).length, 0, 'the leaflet gives no video address');
  assert.equal(await accent(page), 'rgb(11, 92, 173)');
  assert.deepEqual([opened.warnings, opened.errors], [[], []]);
  await close();
});

test(named('an insurer\'s settings show on the page: name as text, language, colour, contact, number, privacy and video links'), async () => {
  const opened = await openWith({
    'insurer-name': '〇〇健康保険組合 <b>本部</b>',
    contact: 'email',
    'counsellor-number': '03-1234-5678',
    'privacy-url': 'https://insurer.example.jp/privacy',
    'video-url': 'https://video.example.jp/guide',
    'default-lang': 'en',
    'accent-colour': '#6b2c91',
  });
  const { page, close } = opened;
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  const insurer = page.locator('.insurer');
  assert.equal(await insurer.textContent(), 'Provided by 〇〇健康保険組合 <b>本部</b>', 'shown as text, never as markup');
  assert.equal(await page.count('.insurer b'), 0);
  assert.equal(await accent(page), 'rgb(107, 44, 145)');

  await page.click('[data-nav="guide"]');
  assert.match(await page.textContent('[data-section="guide"]'), /your health counsellor will e-mail you/);
  // Every place the number appears (STEP 1 and the join-day fallback) is the insurer's.
  const tels = await page.$$eval('a[href^="tel:"]', (links) => links.map((a) => [a.getAttribute('href'), a.textContent]));
  assert.ok(tels.length >= 2, JSON.stringify(tels));
  for (const tel of tels) assert.deepEqual(tel, ['tel:0312345678', '03-1234-5678']);
  assert.equal(await page.locator('a[href="https://insurer.example.jp/privacy"]').count(), 1);
  const video = await link(page, /Watch the video guide/);
  assert.equal(video.href, 'https://video.example.jp/guide');
  assert.equal(video.target, '_blank');
  assert.equal(video.rel, 'noopener noreferrer');
  assert.ok(video.height >= 44, `44 px touch target: ${video.height}`);
  assert.deepEqual([opened.warnings, opened.errors], [[], []]);
  await close();

  // ?lang= still wins over the operator's default language.
  const ja = await openWith({ 'default-lang': 'en', 'video-url': 'https://video.example.jp/guide' }, '?lang=ja');
  assert.equal(await ja.page.getAttribute('html', 'lang'), 'ja');
  await ja.page.click('[data-nav="guide"]');
  assert.equal((await link(ja.page, /動画でのご案内はこちら/)).href, 'https://video.example.jp/guide');
  assert.deepEqual([ja.warnings, ja.errors], [[], []]);
  await ja.close();
});

test(named('invalid settings fall back to the defaults and say why on the console'), async () => {
  const opened = await openWith({
    'video-url': 'http://video.example.jp/guide',
    'accent-colour': '#ffff00',
    'counsellor-number': 'call us',
  });
  const { page, close } = opened;
  assert.equal(await accent(page), 'rgb(11, 92, 173)', 'white text on yellow would be unreadable');
  await page.click('[data-nav="guide"]');
  assert.deepEqual(await telHrefs(page), ['tel:0120559870']);
  assert.equal((await links(page, /動画/)).length, 0, 'no link to a non-https address');
  const { warnings } = opened;
  for (const name of ['video-url', 'accent-colour', 'counsellor-number']) {
    assert.ok(warnings.some((w) => w.includes(`kenshin:${name}`)), `a warning names kenshin:${name}: ${warnings}`);
  }
  assert.deepEqual(opened.errors, []);
  await close();
});
