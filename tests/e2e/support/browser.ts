import { chromium, type Browser } from 'playwright-core';

/**
 * Debian's chromium driven by playwright-core. The flags keep it from reaching for Google's services, which a
 * closed network refuses, and let it run as root in a container.
 */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}
