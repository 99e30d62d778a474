// WebKit: WebKitGTK, the engine of iPhone and iPad Safari, through WebKitWebDriver (W3C
// WebDriver classic) launching our bare browser wkbrowser.py under Xvfb. One driver and
// one browser per launch, so that each launch has its own user agent, init scripts,
// proxy and media devices; one Xvfb display per test process.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ELEMENT, newSession, startWebKitDriver, startXvfb, stop } from './webdriver.mjs';
import { Unsupported } from './page.mjs';
import { cropPng } from './png.mjs';

const BROWSER = new URL('./wkbrowser.py', import.meta.url).pathname;
let xvfb;
process.on('exit', () => xvfb?.proc.kill('SIGKILL'));

/** WebKit's console lines ("<url>:<line>:<column>: CONSOLE [SOURCE] LEVEL text") as { type, text }. */
export function parseConsole(text) {
  const out = [];
  for (const line of text.split('\n')) {
    const m = /^(?:(\S+): )?CONSOLE (?:(\S+) )?(ERROR|WARN|WARNING|LOG|INFO|DEBUG) (.*)$/.exec(line);
    if (m) out.push({ type: m[3] === 'ERROR' ? 'error' : /^WARN/.test(m[3]) ? 'warning' : 'log', text: m[4], where: m[1] ?? '' });
  }
  return out;
}

export async function launch({ viewport, scale, userAgent, initScripts, proxy, media, waitForLoad }) {
  xvfb ??= await startXvfb();
  const dir = mkdtempSync(join(tmpdir(), 'kenshin-webkit-'));
  const log = join(dir, 'console.log');
  writeFileSync(log, '');
  const args = ['--automation', `--log=${log}`, `--proxy=${proxy}`];
  if (userAgent) args.push(`--user-agent=${userAgent}`);
  if (media) args.push(`--media=${media}`);
  if (initScripts.length) {
    const file = join(dir, 'init.js');
    writeFileSync(file, initScripts.map((s) => `;(() => {\n${s}\n})();`).join('\n'));
    args.push(`--init-script=${file}`);
  }
  const driver = await startWebKitDriver({ DISPLAY: xvfb.display, GDK_SCALE: String(scale), NO_AT_BRIDGE: '1' });
  let session;
  try {
    session = await newSession(driver.base, {
      // 'eager' returns at DOMContentLoaded; a command sent while a subframe is still loading then hangs.
      pageLoadStrategy: waitForLoad ? 'normal' : 'eager',
      'webkitgtk:browserOptions': { binary: BROWSER, args },
    });
  } catch (error) {
    await stop(driver.proc);
    throw error;
  }
  const { cmd } = session;
  const keeper = await cmd('GET', '/window'); // the first window stays open (its closing would end the session)
  await cmd('POST', '/timeouts', { script: 60000, pageLoad: 60000, implicit: 0 });

  const find = async (selector, index) => {
    const all = await cmd('POST', '/elements', { using: 'css selector', value: selector });
    if (!all[index]) throw new Error(`webkit: no element ${selector} [${index}]`);
    return all[index][ELEMENT];
  };
  // A command on the element, found again if the page replaced it between the find and the
  // command (the app's takeover of the first view does): WebDriver checks for a stale element
  // before it acts, so the retried command does nothing twice. WebKitWebDriver 2.50 also
  // answers, now and then, a click inside a subframe with an "unknown error" and no message,
  // before anything reached the page (seen once in five runs of the camera file): retried too.
  const retried = (error) => error.wdError === 'stale element reference' || (error.wdError === 'unknown error' && !error.wdMessage);
  const onElement = async (selector, index, command) => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await command(await find(selector, index));
      } catch (error) {
        if (!retried(error) || attempt === 3) throw error;
      }
    }
  };
  // Runs `work` with the session inside `frame` (null: the top document).
  let current = null;
  const within = (handle, frame, work) => async (...a) => {
    if (current !== handle) {
      await cmd('POST', '/window', { handle });
      current = handle;
    }
    if (!frame) return work(...a);
    await cmd('POST', '/frame', { id: { [ELEMENT]: frame } });
    try { return await work(...a); } finally { await cmd('POST', '/frame/parent', {}); }
  };
  const target = (handle, frame) => ({
    evaluate: within(handle, frame, (expression) => cmd('POST', '/execute/sync', { script: `return (${expression});`, args: [] })),
    click: within(handle, frame, (selector, index) => onElement(selector, index, (id) => cmd('POST', `/element/${id}/click`, {}))),
    type: within(handle, frame, (selector, index, backspaces, text) =>
      // Send Keys puts the caret at the end of the value first.
      onElement(selector, index, (id) => cmd('POST', `/element/${id}/value`, { text: '\uE003'.repeat(backspaces) + text }))),
    // Element Send Keys on a file input sets its files (one path per line), as a picker does.
    setFiles: within(handle, frame, (selector, index, paths) =>
      onElement(selector, index, (id) => cmd('POST', `/element/${id}/value`, { text: paths.join('\n') }))),
    elementScreenshot: within(handle, frame, async ({ selector, index }) =>
      Buffer.from(await cmd('GET', `/element/${await find(selector, index)}/screenshot`), 'base64')),
  });

  return {
    async newPage() {
      const { handle } = await cmd('POST', '/window/new', { type: 'window' });
      const offset = readFileSync(log, 'utf8').length;
      const top = target(handle, null);
      const inWindow = (work) => within(handle, null, work);
      await inWindow(() => cmd('POST', '/window/rect', { width: viewport.width, height: viewport.height }))();
      return {
        ...top,
        get messages() { return parseConsole(readFileSync(log, 'utf8').slice(offset)); },
        goto: inWindow((url) => cmd('POST', '/url', { url })),
        reload: inWindow(() => cmd('POST', '/refresh', {})),
        close: inWindow(async () => {
          await cmd('DELETE', '/window');
          current = null;
          await cmd('POST', '/window', { handle: keeper });
        }),
        setViewport: inWindow((size) => cmd('POST', '/window/rect', { width: size.width, height: size.height })),
        pdf: async () => null, // no printing in WebDriver classic
        emulateMedia() { throw new Unsupported('WebDriver classic cannot emulate print media'); },
        frame: inWindow(async (prefix) => {
          const index = await cmd('POST', '/execute/sync', {
            script: 'return [...document.querySelectorAll("iframe")].findIndex((f) => f.src.startsWith(arguments[0]));',
            args: [prefix],
          });
          if (index < 0) return null;
          const frames = await cmd('POST', '/elements', { using: 'css selector', value: 'iframe' });
          return target(handle, frames[index][ELEMENT]);
        }),
        // WebDriver classic screenshots show the viewport only, even when a full page is asked for.
        screenshot: inWindow(async () => Buffer.from(await cmd('GET', '/screenshot'), 'base64')),
        // An element of the page, cut from a screenshot of the viewport (png.mjs): WebKitGTK
        // 2.50's Take Element Screenshot comes back black but for its last rows (seen for a
        // field and for a part taller than the viewport alike). An element taller than the
        // viewport is taken with the window made as tall as it, its top at the viewport's,
        // then the window put back.
        elementScreenshot: inWindow(async ({ selector, index }) => {
          const box = `const e = document.querySelectorAll(arguments[0])[arguments[1]];
            if (!e) throw new Error('webkit: no element ' + arguments[0] + ' [' + arguments[1] + ']');
            const r = e.getBoundingClientRect();
            return { x: r.x, y: r.y, width: r.width, height: r.height, scale: devicePixelRatio };`;
          const { height } = await cmd('POST', '/execute/sync', { script: box, args: [selector, index] });
          const rect = await cmd('GET', '/window/rect');
          const taller = Math.ceil(height) > rect.height;
          if (taller) await cmd('POST', '/window/rect', { width: rect.width, height: Math.ceil(height) });
          try {
            if (taller) {
              // Once the page has the new height (the resize reaches it asynchronously), the element's
              // top at the viewport's, and two frames later, so that what the window shows is painted.
              await cmd('POST', '/execute/async', {
                script: `const [selector, index, height, done] = arguments;
                  const end = performance.now() + 5000;
                  const ready = () => {
                    if (innerHeight < height && performance.now() < end) return setTimeout(ready, 20);
                    scrollBy(0, document.querySelectorAll(selector)[index].getBoundingClientRect().top);
                    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 50)));
                  };
                  ready();`,
                args: [selector, index, Math.ceil(height)],
              });
            }
            const at = await cmd('POST', '/execute/sync', { script: box, args: [selector, index] });
            const shot = Buffer.from(await cmd('GET', '/screenshot'), 'base64');
            return cropPng(shot, { x: at.x * at.scale, y: at.y * at.scale, width: at.width * at.scale, height: at.height * at.scale });
          } finally {
            if (taller) await cmd('POST', '/window/rect', { width: rect.width, height: rect.height });
          }
        }),
      };
    },
    async close() {
      await session.quit().catch(() => {});
      await stop(driver.proc);
    },
  };
}
