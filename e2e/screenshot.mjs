// Quick look: `node e2e/screenshot.mjs [query] [out.png]` screenshots the built site (full page).
import { startServer } from './server.mjs';
import { launch, openApp } from './browser.mjs';

const [query = '', out = 'target/screenshots/look.png'] = process.argv.slice(2);
const server = await startServer({ root: process.env.DIST ?? new URL('../dist/', import.meta.url).pathname });
const context = await launch();
const { page, errors } = await openApp(context, server.url + query);
for (const [id, value] of Object.entries(JSON.parse(process.env.VALUES ?? '{}'))) {
  if (id === 'sex') await page.check(`input[name=sex][value=${value}]`);
  else await page.fill(`#${id}`, value);
}
await page.screenshot({ path: out, fullPage: process.env.FULL !== '0' });
console.log(errors.length ? errors : 'no page errors', out);
await context.close();
await server.close();
