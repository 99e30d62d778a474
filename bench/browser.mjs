// Chromium for the benchmark (bench/bench.mjs): Debian's build, headless, as root, no
// background networking, persistent profile in a fresh folder. The end-to-end tests use
// e2e/engines/ instead, which runs them in Chromium, WebKit and Firefox alike.
import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, CHROMIUM_ARGS } from '../e2e/engines/chromium.mjs';
import { PHONE } from '../e2e/engines/index.mjs';

export { CHROMIUM, CHROMIUM_ARGS };

export async function launch(extraArgs = []) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'kenshin-chromium-'));
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: PHONE,
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    args: [...CHROMIUM_ARGS, ...extraArgs],
  });
}
