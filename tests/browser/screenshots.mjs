// Saves PNG screenshots of the notice and a changes page, in Japanese and
// English, at phone (375px) and desktop (1280px) widths, and the top of the
// notice in dark mode, so that a reviewer can see the design without
// running a browser.
//
//   node tests/browser/screenshots.mjs [--out docs/screenshots]
//
// It builds and starts kohyo on a free loopback port with the shipped
// content as published today (not `--as-of`, whose pages say they are a
// preview), and needs what the browser tests need: Debian's Chromium,
// `npm ci`, and Japanese fonts (fonts-noto-cjk).

import { spawn } from "node:child_process";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";

import { launchChromium } from "./chromium.mjs";

const PAGES = [
  { name: "notice", path: (lang) => `/${lang}/` },
  { name: "changes", path: (lang) => `/${lang}/history/2024-12-02/changes/` },
];
const WIDTHS = [
  { name: "phone", viewport: { width: 375, height: 812 } },
  { name: "desktop", viewport: { width: 1280, height: 900 } },
];

const outIndex = process.argv.indexOf("--out");
const out = outIndex > 0 ? process.argv[outIndex + 1] : "docs/screenshots";
await mkdir(out, { recursive: true });

const { server, base } = await startKohyo();
const browser = await launchChromium();
try {
  for (const lang of ["ja", "en"]) {
    for (const { name, path } of PAGES) {
      for (const width of WIDTHS) {
        const page = await browser.newPage({ viewport: width.viewport, deviceScaleFactor: 1 });
        await page.goto(base + path(lang).slice(1));
        const file = join(out, `${name}-${lang}-${width.name}.png`);
        await page.screenshot({ path: file, fullPage: true });
        await page.close();
        console.log(`saved ${file}`);
      }
    }
  }
  // And the top of the notice in dark mode, as a phone set to dark shows it.
  const dark = await browser.newPage({ viewport: WIDTHS[0].viewport, colorScheme: "dark" });
  await dark.goto(`${base}ja/`);
  const file = join(out, "notice-ja-phone-dark.png");
  await dark.screenshot({ path: file });
  console.log(`saved ${file}`);
} finally {
  await browser.close();
  server.kill("SIGTERM");
}

// Runs `cargo run --release` and waits for the address it logs.
function startKohyo() {
  return new Promise((resolve, reject) => {
    const server = spawn(
      "cargo",
      ["run", "--release", "--locked", "--quiet", "--", "serve", "--content", "content", "--addr", "127.0.0.1:0"],
      { stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, NO_COLOR: "1" } },
    );
    let log = "";
    server.stderr.on("data", (chunk) => {
      log += chunk;
      const address = log.match(/on (http:\/\/127\.0\.0\.1:\d+\/)/);
      if (address) resolve({ server, base: address[1] });
    });
    server.on("exit", (code) => reject(new Error(`kohyo exited with ${code} before serving:\n${log}`)));
  });
}
