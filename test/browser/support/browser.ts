import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Exactly the flags of issue 7: headless Debian Chromium with nothing calling home. */
export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export const SCREENSHOTS_DIR = path.resolve('test/browser/screenshots');

export function baseUrl(): string {
  const url = process.env.ASSAY_BROWSER_BASE_URL;
  if (!url) throw new Error('the browser tests need their global setup (test/browser/support/global-setup.mjs)');
  return url;
}

export function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH;
  if (!executablePath) throw new Error('CHROMIUM_PATH is not set: the browser tests need their global setup');
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_FLAGS });
}

/** axe on the page as it stands: the serious and critical violations (none expected), with the elements at fault. */
export async function seriousAccessibilityViolations(page: Page): Promise<{ id: string; impact: string; help: string; targets: string[] }[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({ id: violation.id, impact: violation.impact as string, help: violation.help, targets: violation.nodes.map((node) => node.target.join(' ')) }));
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS_DIR, `${name}.png`), fullPage: true });
}
