// Quick look: `node e2e/screenshot.mjs [query] [out.png]` screenshots the built site (full
// page; WebKit's driver shows the viewport only) in E2E_ENGINE's engine (default chromium).
// VALUES='{"systolic_bp":"185","sex":"male"}' fills the form first; FULL=0 takes the viewport.
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { startServer } from './server.mjs';
import { ENGINE, launch } from './engines/index.mjs';
import { openApp } from './fixtures.mjs';

const [query = '', out = 'target/screenshots/look.png'] = process.argv.slice(2);
await mkdir(dirname(out), { recursive: true });
const server = await startServer({ root: process.env.DIST ?? new URL('../dist/', import.meta.url).pathname });
const browser = await launch();
try {
  const page = await openApp(browser, server.url + query, JSON.parse(process.env.VALUES ?? '{}'));
  await page.screenshot({ path: out, fullPage: process.env.FULL !== '0' });
  console.log(ENGINE, page.errors.length ? page.errors : 'no page errors', out);
} finally {
  await browser.close();
  await server.close();
}
