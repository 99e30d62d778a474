// Chromium: Debian's build, headless, driven by playwright-core over CDP.
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
/** Every launch of Chromium uses these (tests, bench, Lighthouse): as root, and no background networking. */
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
  '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic',
];
const MEDIA = {
  mock: ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream'],
  // Without the fake UI, headless Chromium answers the permission prompt with "no".
  deny: ['--use-fake-device-for-media-stream'],
};

function target(frame) {
  return {
    evaluate: (expression) => frame.evaluate(expression),
    click: (selector, index) => frame.locator(selector).nth(index).click(),
    async type(selector, index, backspaces, text) {
      const input = frame.locator(selector).nth(index);
      await input.focus();
      await input.evaluate((el) => el.setSelectionRange?.(el.value.length, el.value.length));
      for (let i = 0; i < backspaces; i++) await input.press('Backspace');
      if (text) await input.pressSequentially(text);
    },
    elementScreenshot: ({ selector, index }) => frame.locator(selector).nth(index).screenshot(),
    setFiles: (selector, index, paths) => frame.locator(selector).nth(index).setInputFiles(paths),
  };
}

export async function launch({ viewport, scale, userAgent, initScripts, proxy, media, chromiumArgs = [] }) {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS, `--proxy-server=${proxy}`, '--proxy-bypass-list=<-loopback>', ...(MEDIA[media] ?? []), ...chromiumArgs],
  });
  const phone = viewport.width < 600;
  const context = await browser.newContext({
    viewport, deviceScaleFactor: scale, isMobile: phone, hasTouch: phone, ...(userAgent ? { userAgent } : {}),
  });
  for (const script of initScripts) await context.addInitScript(script);
  return {
    /** Playwright's own objects, for Chromium-only evidence (CDP). */
    playwright: { browser, context },
    async newPage() {
      const page = await context.newPage();
      const messages = [];
      page.on('console', (m) => messages.push({ type: m.type(), text: m.text() }));
      page.on('pageerror', (e) => messages.push({ type: 'pageerror', text: String(e) }));
      return {
        ...target(page),
        playwright: page,
        messages,
        goto: (url, waitUntil) => page.goto(url, { waitUntil }),
        reload: () => page.reload(),
        close: () => page.close(),
        setViewport: (size) => page.setViewportSize(size),
        emulateMedia: (media) => page.emulateMedia({ media }),
        async frame(prefix) {
          const frame = page.frames().find((f) => f !== page.mainFrame() && f.url().startsWith(prefix));
          return frame ? target(frame) : null;
        },
        screenshot: ({ fullPage }) => page.screenshot({ fullPage }),
        pdf: () => page.pdf({ format: 'A4' }),
      };
    },
    close: () => browser.close(),
  };
}
