// A minimal W3C WebDriver (classic) client over fetch, and the processes behind it:
// Xvfb (WebKitGTK has no headless mode) and WebKitWebDriver, each stopped by PID.
// No npm dependency: WebKitWebDriver speaks classic WebDriver only, no BiDi.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';

export const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** A free TCP port on loopback. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Starts Xvfb on a free display (-displayfd); resolves { display, proc }. */
export async function startXvfb(size = '1280x1024x24') {
  const proc = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', size, '-nolisten', 'tcp'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  proc.stderr.on('data', (d) => { err = (err + d).slice(-2000); });
  const display = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('Xvfb gave no display in 10 s')), 10000);
    proc.stdout.on('data', (d) => {
      out += d;
      const m = /^(\d+)\n/.exec(out);
      if (m) { clearTimeout(timer); resolve(`:${m[1]}`); }
    });
    proc.once('error', (e) => { clearTimeout(timer); reject(e); });
    proc.once('exit', (code) => { clearTimeout(timer); reject(new Error(`Xvfb exited ${code}: ${err.trim()}`)); });
  });
  // The display lives as long as this process, without keeping it alive.
  proc.unref();
  proc.stdout.unref();
  proc.stderr.unref();
  return { display, proc };
}

/** Starts WebKitWebDriver on a free port with `env`; resolves { base, proc }. */
export async function startWebKitDriver(env) {
  const port = await freePort();
  const proc = spawn('WebKitWebDriver', [`--port=${port}`], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...env } });
  let err = '';
  proc.stderr.on('data', (d) => { err = (err + d).slice(-2000); });
  let failed = null;
  proc.once('error', (e) => { failed = e; });
  proc.once('exit', (code, sig) => { failed ??= new Error(`WebKitWebDriver exited ${code ?? sig}: ${err}`); });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i++) {
    if (failed) throw failed;
    try {
      if ((await fetch(`${base}/status`, { signal: AbortSignal.timeout(2000) })).ok) return { base, proc };
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('WebKitWebDriver did not answer /status in 10 s');
}

/** SIGTERM, then SIGKILL after `ms` if it has not exited. */
export async function stop(proc, ms = 3000) {
  if (!proc || proc.exitCode !== null || proc.signalCode) return;
  proc.kill('SIGTERM');
  let timer;
  await Promise.race([once(proc, 'exit'), new Promise((r) => { timer = setTimeout(r, ms); })]);
  clearTimeout(timer);
  if (proc.exitCode === null && !proc.signalCode) proc.kill('SIGKILL');
}

/** A WebDriver session; `cmd(method, path, body)` is relative to the session. */
export async function newSession(base, capabilities, { ms = 60000 } = {}) {
  const call = async (method, path, body) => {
    const r = await fetch(base + path, {
      method,
      headers: { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(ms),
    });
    const j = await r.json();
    if (!r.ok || j.value?.error) {
      const e = new Error(`${method} ${path}: ${j.value?.error ?? r.status}: ${String(j.value?.message ?? '').split('\n')[0]}`);
      e.wdError = j.value?.error;
      e.wdMessage = String(j.value?.message ?? '');
      throw e;
    }
    return j.value;
  };
  const created = await call('POST', '/session', { capabilities: { alwaysMatch: capabilities } });
  const sid = created.sessionId;
  return {
    cmd: (method, path, body) => call(method, `/session/${sid}${path}`, body),
    quit: () => call('DELETE', `/session/${sid}`),
  };
}
