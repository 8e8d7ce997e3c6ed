import { afterAll, beforeAll, inject } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_PATH } from '../../dev/prerequisites';

export interface BrowserStack {
  webUrl: string;
  apiUrl: string;
  browser: Browser;
}

/**
 * For a test file: the local stack started once by global-setup.ts (its URLs) and a
 * browser launched before the file's tests and closed after them.
 */
export function useBrowserStack(): BrowserStack {
  const stack = { webUrl: inject('webUrl'), apiUrl: inject('apiUrl') } as BrowserStack;
  beforeAll(async () => {
    stack.browser = await launchBrowser();
  });
  afterAll(async () => {
    await stack.browser?.close();
  });
  return stack;
}

/** Debian's Chromium, headless, without the background networking a closed network refuses. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}
