// Per-insurer settings (hosting/README.md): <meta name="kenshin:…"> tags in
// index.html change what the participant sees, with no rebuild; an invalid
// one falls back to the leaflet's default with a console warning.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './browser.mjs';
import { assertBuilt, serveApp, setMeta } from './hosting.mjs';

let context;
const servers = []; // closed at the end even when a test fails
before(async () => {
  assertBuilt();
  context = await launch();
});
after(async () => {
  await context?.close();
  await Promise.all(servers.map((server) => server.close()));
});

/** Serves the build with these settings written into index.html, opens it, returns the page. */
async function openWith(metas, query = '') {
  const server = await serveApp({
    transform: (path, body) => path === 'index.html'
      ? Object.entries(metas).reduce((html, [name, value]) => setMeta(html, `kenshin:${name}`, value), body.toString())
      : undefined,
  });
  servers.push(server);
  const page = await context.newPage();
  const warnings = [];
  const errors = [];
  // The app's own warnings (Chromium adds one about preload integrity).
  page.on('console', (m) => m.text().startsWith('kenshin-check setting') && warnings.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${server.url}${query}`);
  await page.waitForSelector('[data-verdict]');
  return { page, warnings, errors, close: () => page.close() };
}

/** The distinct targets of the page's tel: links. */
const telHrefs = (page) => page.$$eval('a[href^="tel:"]', (links) => [...new Set(links.map((a) => a.getAttribute('href')))]);
const accent = (page) => page.$eval('[data-nav].current', (el) => getComputedStyle(el).backgroundColor);

test('with the defaults: the leaflet\'s number and privacy contact, no video link', async () => {
  const { page, warnings, errors, close } = await openWith({});
  assert.equal(await page.locator('.insurer').count(), 0, 'no insurer name in the header');
  await page.click('[data-nav="guide"]');
  assert.deepEqual(await telHrefs(page), ['tel:0120559870']);
  assert.equal(await page.locator('a[href="https://www.sompo-hs.co.jp/privacy_form/"]').count(), 1);
  assert.equal(await page.getByRole('link', { name: /動画/ }).count(), 0, 'the leaflet gives no video address');
  assert.equal(await accent(page), 'rgb(11, 92, 173)');
  assert.deepEqual([warnings, errors], [[], []]);
  await close();
});

test('an insurer\'s settings show on the page: name as text, language, colour, contact, number, privacy and video links', async () => {
  const { page, warnings, errors, close } = await openWith({
    'insurer-name': '〇〇健康保険組合 <b>本部</b>',
    contact: 'email',
    'counsellor-number': '03-1234-5678',
    'privacy-url': 'https://insurer.example.jp/privacy',
    'video-url': 'https://video.example.jp/guide',
    'default-lang': 'en',
    'accent-colour': '#6b2c91',
  });
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  const insurer = page.locator('.insurer');
  assert.equal(await insurer.textContent(), 'Provided by 〇〇健康保険組合 <b>本部</b>', 'shown as text, never as markup');
  assert.equal(await insurer.locator('b').count(), 0);
  assert.equal(await accent(page), 'rgb(107, 44, 145)');

  await page.click('[data-nav="guide"]');
  const guide = page.locator('[data-section="guide"]');
  assert.match(await guide.textContent(), /your health counsellor will e-mail you/);
  // Every place the number appears (STEP 1 and the join-day fallback) is the insurer's.
  const tels = await page.$$eval('a[href^="tel:"]', (links) => links.map((a) => [a.getAttribute('href'), a.textContent]));
  assert.ok(tels.length >= 2, JSON.stringify(tels));
  for (const tel of tels) assert.deepEqual(tel, ['tel:0312345678', '03-1234-5678']);
  assert.equal(await page.locator('a[href="https://insurer.example.jp/privacy"]').count(), 1);
  const video = page.getByRole('link', { name: /Watch the video guide/ });
  assert.equal(await video.getAttribute('href'), 'https://video.example.jp/guide');
  assert.equal(await video.getAttribute('target'), '_blank');
  assert.equal(await video.getAttribute('rel'), 'noopener noreferrer');
  assert.ok((await video.boundingBox()).height >= 44, '44 px touch target');
  assert.deepEqual([warnings, errors], [[], []]);
  await close();

  // ?lang= still wins over the operator's default language.
  const ja = await openWith({ 'default-lang': 'en', 'video-url': 'https://video.example.jp/guide' }, '?lang=ja');
  assert.equal(await ja.page.getAttribute('html', 'lang'), 'ja');
  await ja.page.click('[data-nav="guide"]');
  assert.equal(await ja.page.getByRole('link', { name: /動画でのご案内はこちら/ }).getAttribute('href'), 'https://video.example.jp/guide');
  await ja.close();
});

test('invalid settings fall back to the defaults and say why on the console', async () => {
  const { page, warnings, errors, close } = await openWith({
    'video-url': 'http://video.example.jp/guide',
    'accent-colour': '#ffff00',
    'counsellor-number': 'call us',
  });
  assert.equal(await accent(page), 'rgb(11, 92, 173)', 'white text on yellow would be unreadable');
  await page.click('[data-nav="guide"]');
  assert.deepEqual(await telHrefs(page), ['tel:0120559870']);
  assert.equal(await page.getByRole('link', { name: /動画/ }).count(), 0, 'no link to a non-https address');
  for (const name of ['video-url', 'accent-colour', 'counsellor-number']) {
    assert.ok(warnings.some((w) => w.includes(`kenshin:${name}`)), `a warning names kenshin:${name}: ${warnings}`);
  }
  assert.deepEqual(errors, []);
  await close();
});
