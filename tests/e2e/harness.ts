import { inject } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_PATH } from '../../dev/prerequisites';

/**
 * Browser tests share one local stack started by global-setup.ts; `startStack()` hands out
 * its URLs (stop() is a no-op: the global teardown stops it).
 */
export function startStack(): Promise<{ webUrl: string; apiUrl: string; stop(): Promise<void> }> {
  return Promise.resolve({ webUrl: inject('webUrl'), apiUrl: inject('apiUrl'), stop: () => Promise.resolve() });
}

/** Debian's Chromium, headless, without the background networking a closed network refuses. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}
