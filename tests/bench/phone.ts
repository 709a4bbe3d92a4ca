/**
 * The phone, shared by the page bench (client navigation against a
 * hard load) and the scale bench (a search): Lighthouse's "Slow 4G" figures
 * as given (150 ms, 1.6 Mbit/s down, 750 kbit/s up, 4× CPU), applied through
 * the DevTools protocol as they are, without Lighthouse's adjustments for
 * simulated throttling. A Mbit here is 1,000,000 bits: 200,000 bytes a
 * second down.
 */
import type { Page } from "@playwright/test";

export const PHONE = {
  latencyMs: 150,
  downloadBytesPerSecond: 1_600_000 / 8,
  uploadBytesPerSecond: 750_000 / 8,
  cpuSlowdown: 4,
} as const;

/** "150 ms, 1.6 Mbit/s down, 0.75 Mbit/s up, 4× CPU", for the printed tables. */
export const PHONE_LABEL = `${PHONE.latencyMs} ms, ${(PHONE.downloadBytesPerSecond * 8) / 1e6} Mbit/s down, ${(PHONE.uploadBytesPerSecond * 8) / 1e6} Mbit/s up, ${PHONE.cpuSlowdown}× CPU`;

/**
 * Throttles `page`'s network and CPU to PHONE from now on. Responses the
 * browser's cache already holds are not slowed; everything fetched is.
 *
 * @example
 *   await page.goto(url);
 *   await throttle(page);
 *   await link.click(); // measured as on the phone
 */
export async function throttle(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: PHONE.latencyMs,
    downloadThroughput: PHONE.downloadBytesPerSecond,
    uploadThroughput: PHONE.uploadBytesPerSecond,
  });
  await cdp.send("Emulation.setCPUThrottlingRate", {
    rate: PHONE.cpuSlowdown,
  });
}
