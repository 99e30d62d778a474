// Serves the release build in dist/ on http://127.0.0.1:8080/ as it is hosted:
// static files with the real response headers (hosting/headers.json), so the
// strict CSP, the service worker and offline use behave as in production.
import { startServer } from '../e2e/server.mjs';
import { builtStyleHashes, responseHeaders } from '../hosting/headers.mjs';

const root = new URL('../dist/', import.meta.url).pathname;
const port = Number(process.env.PORT ?? 8080);
const styles = builtStyleHashes(root);
const { url } = await startServer({ root, port, headers: (path) => responseHeaders(path, { styles }) });
console.log(`kenshin-check (release build) on ${url}  — Ctrl-C to stop`);
