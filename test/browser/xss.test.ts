/**
 * A hostile article (script tags, `javascript:` links, event-handler attributes, `</title>`
 * tricks, attribute break-outs) rendered as an HTML report and opened in a real headless
 * Chromium: nothing runs. No dialog, no page error, no console message, `window.__pwned` stays
 * unset, no script element exists, and hovering and clicking every mark and link changes nothing.
 * Skipped loudly without Chromium.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { run } from '../helpers.js';
import { renderHtml } from '../../src/report/html.js';
import { HOSTILE } from '../../src/check/_articles.js';
import { CHROMIUM, launch } from './_chromium.js';

describe.skipIf(!CHROMIUM)('HTML report of a hostile article runs nothing', () => {
  let browser: Browser;
  const dir = mkdtempSync(join(tmpdir(), 'claimtrace-xss-'));
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the probe works: the same payload unescaped and without the CSP does run', async () => {
    const file = join(dir, 'control.html');
    writeFileSync(file, `<!doctype html><title>control</title><p>${HOSTILE}</p>`);
    const page = await browser.newPage();
    page.on('dialog', (d) => d.dismiss());
    await page.goto(pathToFileURL(file).href);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeDefined();
    await page.close();
  });

  for (const format of ['text', 'markdown', 'html'] as const) {
    it(`input as ${format}`, async () => {
      const a = format === 'html' ? run(`<html><head><title>${HOSTILE.split('\n')[0]}</title></head><body><article><p>${HOSTILE.replace(/\n\n/g, '</p><p>')}</p></article></body></html>`, { format }) : run(HOSTILE, { format });
      const file = join(dir, `${format}.html`);
      writeFileSync(file, renderHtml(a));
      const page = await browser.newPage();
      const events: string[] = [];
      page.on('dialog', async (d) => {
        events.push(`dialog: ${d.message()}`);
        await d.dismiss();
      });
      page.on('pageerror', (e) => events.push(`pageerror: ${e.message}`));
      page.on('console', (m) => events.push(`console ${m.type()}: ${m.text()}`));
      page.on('request', (r) => {
        if (!r.url().startsWith('file:')) events.push(`request: ${r.url()}`);
      });
      await page.goto(pathToFileURL(file).href);
      await page.waitForLoadState('load');
      // a user hovering and clicking everything
      for (const el of (await page.locator('article span[title], aside a').all()).slice(0, 40)) {
        await el.hover({ timeout: 500 }).catch(() => {});
      }
      for (const el of await page.locator('aside a').all()) await el.click({ timeout: 500 }).catch(() => {});
      await page.waitForTimeout(200);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
      expect(await page.evaluate(() => document.scripts.length)).toBe(0);
      expect(await page.evaluate(() => [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((at) => at.name)).filter((n) => /^on/i.test(n)))).toEqual([]);
      expect(await page.evaluate(() => [...document.querySelectorAll('[href]')].map((el) => el.getAttribute('href')!).filter((h) => !h.startsWith('#')))).toEqual([]);
      expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toContain("script-src 'none'");
      expect(new URL(page.url()).protocol).toBe('file:');
      expect(events).toEqual([]);
      await page.close();
    });
  }
});

if (!CHROMIUM) {
  describe('HTML report of a hostile article runs nothing', () => {
    it.skipIf(!CHROMIUM)('SKIPPED: no chromium', () => {});
  });
}
