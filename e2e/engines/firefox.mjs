// Firefox: Debian's Firefox ESR, headless, driven by puppeteer-core over WebDriver BiDi
// (Debian has no geckodriver, and playwright-core needs its own patched Firefox).
import puppeteer from 'puppeteer-core';
import { Unsupported } from './page.mjs';

export const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';

const MEDIA = {
  mock: { 'media.navigator.streams.fake': true, 'media.navigator.permission.disabled': true },
  deny: { 'media.navigator.streams.fake': true, 'permissions.default.camera': 2, 'permissions.default.microphone': 2 },
};

function target(frame, page) {
  const element = async (selector, index) => {
    const all = await frame.$$(selector);
    if (!all[index]) throw new Error(`firefox: no element ${selector} [${index}]`);
    return all[index];
  };
  return {
    evaluate: (expression) => frame.evaluate(expression),
    async click(selector, index) {
      await (await element(selector, index)).click();
    },
    async type(selector, index, backspaces, text) {
      const input = await element(selector, index);
      await input.focus();
      await input.evaluate((el) => el.setSelectionRange?.(el.value.length, el.value.length));
      for (let i = 0; i < backspaces; i++) await page.keyboard.press('Backspace');
      if (text) await page.keyboard.type(text);
    },
    elementScreenshot: async ({ selector, index }) => Buffer.from(await (await element(selector, index)).screenshot()),
    // WebDriver BiDi's input.setFiles, which fires input and change as a picker does.
    setFiles: async (selector, index, paths) => (await element(selector, index)).uploadFile(...paths),
  };
}

export async function launch({ viewport, scale, userAgent, initScripts, proxy, media }) {
  const { port } = new URL(proxy);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    extraPrefsFirefox: {
      // Every request through the recording proxy, loopback included.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': Number(port),
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': Number(port),
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      ...(userAgent ? { 'general.useragent.override': userAgent } : {}),
      ...(MEDIA[media] ?? {}),
    },
  });
  return {
    async newPage() {
      const page = await browser.newPage();
      const messages = [];
      page.on('console', (m) => messages.push({ type: m.type(), text: m.text() }));
      page.on('pageerror', (e) => messages.push({ type: 'pageerror', text: String(e) }));
      await page.setViewport({ ...viewport, deviceScaleFactor: scale });
      for (const script of initScripts) await page.evaluateOnNewDocument(script);
      return {
        ...target(page.mainFrame(), page),
        messages,
        goto: (url, waitUntil) => page.goto(url, { waitUntil: waitUntil === 'domcontentloaded' ? 'domcontentloaded' : 'load' }),
        reload: () => page.reload(),
        close: () => page.close(),
        setViewport: (size) => page.setViewport({ ...size, deviceScaleFactor: scale }),
        emulateMedia() { throw new Unsupported('puppeteer emulates media over CDP only, not over WebDriver BiDi'); },
        async frame(prefix) {
          const frame = page.frames().find((f) => f !== page.mainFrame() && f.url().startsWith(prefix));
          return frame ? target(frame, page) : null;
        },
        screenshot: async ({ fullPage }) => Buffer.from(await page.screenshot({ fullPage })),
        pdf: async () => Buffer.from(await page.pdf({ format: 'A4' })),
      };
    },
    close: () => browser.close(),
  };
}
