// Debian's Chromium, started the one way that works on these machines: never a downloaded browser,
// and with background networking off (the closed network refuses its connections). Shared by the
// browser tests and the benchmarks; no vitest here, so plain scripts can import it.
import { chromium, type Browser, type BrowserServer, type LaunchOptions } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const OPTIONS: LaunchOptions = {
  executablePath: CHROMIUM,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
};

export function launchChromium(): Promise<Browser> {
  return chromium.launch(OPTIONS);
}

/**
 * One Chromium for a whole browser-test run (tests/e2e/globalSetup.ts): each test file connects to
 * it instead of starting a browser of its own, which cost a second or two of CPU per file.
 */
export function launchChromiumServer(): Promise<BrowserServer> {
  return chromium.launchServer(OPTIONS);
}

/** Connect to the run's Chromium. Closing what this returns closes its contexts and disconnects. */
export function connectChromium(wsEndpoint: string): Promise<Browser> {
  return chromium.connect(wsEndpoint);
}
