/**
 * How the tests start Chromium: Debian's build (Playwright's own downloads are
 * not available here), headless, with a fresh profile and none of the
 * background traffic a closed network would refuse.
 */
export const chromiumLaunchOptions = {
  executablePath: process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
};
