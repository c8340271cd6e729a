/**
 * Internal: a headless Debian Chromium for the browser tests, or a loud skip where none is
 * installed (a fresh machine), so `npm test` still passes there; `.ci/run` installs Chromium.
 * `CHROMIUM_PATH` overrides the lookup of `chromium` on the PATH.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';

function findChromium(): string | null {
  const env = process.env.CHROMIUM_PATH;
  if (env) return existsSync(env) ? env : null;
  for (const name of ['chromium', 'chromium-browser']) {
    try {
      const path = execFileSync('which', [name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
      if (path) return path;
    } catch {
      // not on the PATH: try the next name
    }
  }
  return null;
}

/** The Chromium executable, or null (and a warning saying the browser tests are skipped). */
export const CHROMIUM = findChromium();
if (!CHROMIUM) console.warn('SKIPPED: no chromium on this machine (apt-get install chromium, or set CHROMIUM_PATH); the browser tests of the HTML report did not run');

/** Flags for a quiet, offline, sandbox-free headless run (containers have no user namespaces). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launches the browser (only call when `CHROMIUM` is set). */
export async function launch(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM!, args: CHROMIUM_ARGS, headless: true });
}
