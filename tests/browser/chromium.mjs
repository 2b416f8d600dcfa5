// Starts Debian's Chromium headless for the audit and the screenshots, with
// the flags a machine without outside network needs: no background
// downloads, updates or sync, which would only fail and slow start-up.

import { chromium } from "playwright-core";

const FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function launchChromium(executablePath = process.env.KOHYO_CHROMIUM || "/usr/bin/chromium") {
  return chromium.launch({ executablePath, args: FLAGS, chromiumSandbox: false });
}
