// A recording HTTP proxy on loopback that every engine is configured to use for every
// request, loopback included. It is the one piece of evidence for "no request after load"
// that works the same in Chromium, WebKit and Firefox (WebDriver classic has no network
// events), and it covers requests to other origins too: those are recorded and refused,
// as this machine has no internet. Requests the service worker answers from its cache never
// reach it: they never leave the device either.
import { createServer, request as httpRequest } from 'node:http';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

export async function startProxy() {
  const log = [];
  let offline = false;
  const note = (method, url) => log.push({ method, url, at: Date.now() });

  const server = createServer((req, res) => {
    note(req.method, req.url);
    let target;
    try { target = new URL(req.url); } catch { res.writeHead(400).end(); return; }
    if (offline || !LOOPBACK.has(target.hostname)) {
      // Like a cut network: the connection fails, no HTTP answer.
      req.socket.destroy();
      return;
    }
    const upstream = httpRequest({
      host: target.hostname.replace(/^\[|\]$/g, ''),
      port: target.port || 80,
      method: req.method,
      path: target.pathname + target.search,
      headers: req.headers,
    }, (answer) => {
      res.writeHead(answer.statusCode, answer.rawHeaders);
      answer.pipe(res);
    });
    upstream.on('error', () => req.socket.destroy());
    req.pipe(upstream);
  });
  // https (and WebSocket over TLS): recorded, refused.
  server.on('connect', (req, socket) => {
    note('CONNECT', req.url);
    socket.destroy();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    log,
    /** A count to pass to `since`. */
    mark: () => log.length,
    /** The requests recorded after `mark`, as "METHOD url". */
    since: (mark) => log.slice(mark).map((r) => `${r.method} ${r.url}`),
    /** Cuts (true) or restores (false) the network for the browser. */
    setOffline: (value) => { offline = value; },
    /** Resolves once no request was recorded for `quietMs`. */
    async settle(quietMs = 750, timeout = 15000) {
      const end = Date.now() + timeout;
      while (Date.now() < end) {
        if (Date.now() - (log.at(-1)?.at ?? 0) >= quietMs) return;
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    close: () => new Promise((resolve) => {
      server.close(resolve);
      server.closeAllConnections();
    }),
  };
}

/**
 * The browsers' own background connections to their vendors (never the page's): Chromium's
 * autofill service, Firefox's remote settings. Only CONNECTs (https) to exactly these hosts;
 * nothing to loopback is ever the browser's own.
 */
export const BROWSER_OWN_HOSTS = [
  'content-autofill.googleapis.com',
  'accounts.google.com', // Chromium's sign-in check, seen in the first seconds after launch
  'update.googleapis.com', // Chromium's component updater, despite --disable-component-update
  'firefox.settings.services.mozilla.com',
];

/**
 * The one plain-http call of a browser to its vendor seen so far: Chromium's component
 * updater (Omaha protocol, POST …/service/update2/json?cup2key=…), in the first seconds
 * after launch despite --disable-component-update. Matched by exact origin and path.
 */
export const BROWSER_OWN_HTTP = [
  'POST http://update.googleapis.com/service/update2/json',
];

/** Whether a recorded request ("METHOD url" from `since`, or a `log` entry) is the browser's own. */
export function BROWSER_OWN(request) {
  const [method, url] = typeof request === 'string' ? request.split(' ') : [request.method, request.url];
  if (method === 'CONNECT') return BROWSER_OWN_HOSTS.some((host) => url === `${host}:443`);
  return BROWSER_OWN_HTTP.some((own) => `${method} ${url}` === own || `${method} ${url}`.startsWith(`${own}?`));
}
