/**
 * The HTML report in a real headless Chromium: it renders, the findings panel and the quote,
 * figure and loaded-term highlights are visible, a finding links to its span, and a screenshot
 * of it is a real picture (saved as a PNG in a temp dir). Skipped loudly without Chromium.
 */
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { run } from '../helpers.js';
import { renderHtml } from '../../src/report/html.js';
import { SLANTED } from '../../src/check/_articles.js';
import { CHROMIUM, launch } from './_chromium.js';

describe.skipIf(!CHROMIUM)('HTML report in Chromium', () => {
  let browser: Browser;
  const dir = mkdtempSync(join(tmpdir(), 'claimtrace-report-'));
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('renders the article, highlights and findings panel; the screenshot is non-trivial', async () => {
    const a = run(SLANTED);
    expect(a.findings.length).toBeGreaterThan(0);
    const file = join(dir, 'report.html');
    writeFileSync(file, renderHtml(a));
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const failed: string[] = [];
    page.on('requestfailed', (r) => failed.push(r.url()));
    page.on('request', (r) => {
      if (!r.url().startsWith('file:')) failed.push(`external request ${r.url()}`);
    });
    await page.goto(pathToFileURL(file).href);

    await expect.poll(() => page.locator('#findings').isVisible()).toBe(true);
    const items = page.locator('#findings a.finding');
    expect(await items.count()).toBe(a.findings.length);
    expect(await items.first().isVisible()).toBe(true);
    // quotes have a speaker colour, figures and loaded terms their marks, all visible
    for (const sel of ['article .q', 'article .fig', 'article .fx-error, article .fx-warning']) {
      expect(await page.locator(sel).count(), sel).toBeGreaterThan(0);
      expect(await page.locator(sel).first().isVisible(), sel).toBe(true);
    }
    const bg = await page.locator('article .q').first().evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(bg).not.toBe('rgba(0, 0, 0, 0)');
    expect(await page.locator('article .fig').first().getAttribute('title')).toMatch(/figure .* · source: .* · /);
    expect(await page.locator('#legend li').count()).toBeGreaterThan(0);

    // a finding links to its span
    const first = a.findings[0];
    await items.first().click();
    expect(new URL(page.url()).hash).toBe(`#${first.id}`);
    expect(await page.locator(`article #${first.id}`).count()).toBe(1);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(first.id);

    const png = join(process.env.CLAIMTRACE_SCREENSHOT_DIR ?? dir, 'report.png');
    await page.screenshot({ path: png, fullPage: true });
    const bytes = readFileSync(png);
    expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(statSync(png).size).toBeGreaterThan(20_000);
    // a real picture has many colours: count distinct bytes across the compressed image as a cheap proxy
    expect(new Set(bytes.subarray(0, 50_000)).size).toBeGreaterThan(200);
    expect(failed).toEqual([]);
    await page.close();
  });
});

if (!CHROMIUM) {
  describe('HTML report in Chromium', () => {
    it.skipIf(!CHROMIUM)('SKIPPED: no chromium', () => {});
  });
}
