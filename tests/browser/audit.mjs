// Audits pages the way an accessibility auditor's tools see them, and prints
// one JSON report on stdout for the Rust test that started the server
// (tests/testsuite/browser.rs) to judge.
//
//   node tests/browser/audit.mjs [--chromium PATH] [--jobs N] --work DIR URL...
//
// For every URL, in Debian's Chromium driven by Playwright:
// - the page's own Content-Security-Policy refuses nothing it uses;
// - axe-core with the WCAG 2.0/2.1/2.2 A and AA rules and best practices, in
//   the light and the dark colour scheme, at desktop and phone widths;
// - keyboard: the first Tab reaches a visible skip link that moves focus to
//   the main content, every link and control is reached by Tab and shows a
//   focus indicator with at least 3:1 contrast;
// - reflow: no horizontal scrolling of the page at 320 CSS px; a wide
//   element may scroll only inside a focusable region with a name;
// - text spacing (WCAG 1.4.12): with the spacing overrides applied, no text
//   is clipped or spills out of its box, at both widths;
// - forced colours: focus and change marks stay visible without colour;
// - print: the page prints whole, with the effective date on every sheet
//   and the address of every outside link (for pages of one version).
// Then the Nu Html Checker (vnu.jar, Java) over the bytes the server sent
// and over the stylesheet.
//
// Every finding is { url, check, rule, message, target }; the report is
// { tools: {...}, pages: [url...], findings: [...] }.

import { execFile } from "node:child_process";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

import { launchChromium } from "./chromium.mjs";

const require = createRequire(import.meta.url);
const run = promisify(execFile);

const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"];
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 320, height: 640 };
// The overrides of WCAG 2.2 success criterion 1.4.12, as the W3C's own
// test bookmarklets apply them.
const TEXT_SPACING = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-bottom: 2em !important; }
`;


function parseArguments(argv) {
  const options = { chromium: "/usr/bin/chromium", work: null, jobs: 2, urls: [] };
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i];
    if (argument === "--chromium") options.chromium = argv[++i];
    else if (argument === "--work") options.work = argv[++i];
    else if (argument === "--jobs") options.jobs = Number(argv[++i]);
    else options.urls.push(argument);
  }
  if (!options.work || options.urls.length === 0) {
    throw new Error("usage: audit.mjs [--chromium PATH] [--jobs N] --work DIR URL...");
  }
  return options;
}

const options = parseArguments(process.argv.slice(2));
const findings = [];
const report = (url, check, rule, message, target = "") =>
  findings.push({ url, check, rule, message, target: String(target) });

const axePath = require.resolve("axe-core/axe.min.js");
const vnuJar = join(require.resolve("vnu-jar/package.json"), "..", "build", "dist", "vnu.jar");

await mkdir(options.work, { recursive: true });
const browser = await launchChromium(options.chromium);
const tools = {
  chromium: browser.version(),
  playwright: require("playwright-core/package.json").version,
  axe: require("axe-core/package.json").version,
  vnu: require("vnu-jar/package.json").version,
};


async function auditPage(page, url) {
  await page.goto(url);
  for (const viewport of [DESKTOP, PHONE]) {
    await page.setViewportSize(viewport);
    for (const colorScheme of ["light", "dark"]) {
      await page.emulateMedia({ colorScheme });
      await runAxe(page, url, `${colorScheme}, ${viewport.width}px`);
    }
  }
  await page.emulateMedia({ colorScheme: "light" });

  for (const viewport of [DESKTOP, PHONE]) {
    await page.setViewportSize(viewport);
    await page.goto(url);
    await checkKeyboard(page, url, `${viewport.width}px`);
  }

  await page.setViewportSize(PHONE);
  await page.goto(url);
  await checkReflow(page, url, "320px");

  for (const viewport of [DESKTOP, PHONE]) {
    await page.setViewportSize(viewport);
    await page.goto(url);
    await page.addStyleTag({ content: TEXT_SPACING });
    await checkOverflowingText(page, url, `${viewport.width}px`);
    if (viewport === PHONE) await checkReflow(page, url, "320px with text spacing");
  }

  await page.setViewportSize(DESKTOP);
  await page.goto(url);
  await page.emulateMedia({ forcedColors: "active" });
  await checkForcedColors(page, url);
  await page.emulateMedia({ forcedColors: "none" });

  await checkPrint(page, url);
}

// Anything the page's own Content-Security-Policy refuses (an inline
// style, a script, a stylesheet from elsewhere) means the page relies on
// something that will not work for visitors.
async function checkPolicy(page, url) {
  const refused = [];
  page.on("console", (message) => {
    if (message.type() === "error" && message.text().includes("Content Security Policy")) {
      refused.push(message.text());
    }
  });
  await page.goto(url, { waitUntil: "load" });
  for (const text of refused) report(url, "content security policy", "csp-violation", text.slice(0, 300));
}

async function runAxe(page, url, condition) {
  if (!(await page.evaluate(() => "axe" in window))) {
    await page.addScriptTag({ path: axePath });
  }
  const results = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] }),
    AXE_TAGS,
  );
  for (const violation of results.violations) {
    for (const node of violation.nodes) {
      report(url, `axe (${condition})`, violation.id, `${violation.help}: ${node.failureSummary}`, node.target.join(" "));
    }
  }
}

// Runs in the page: helpers that describe elements and colours.
const PAGE_HELPERS = () => {
  window.kohyoAudit = {
    describe(element) {
      if (!element || element === document.body) return "body";
      const parts = [];
      for (let node = element; node && node.nodeType === 1 && node !== document.body; node = node.parentElement) {
        let part = node.localName;
        if (node.id) {
          parts.unshift(`${part}#${node.id}`);
          break;
        }
        const parent = node.parentElement;
        if (parent) {
          const same = [...parent.children].filter((child) => child.localName === node.localName);
          if (same.length > 1) part += `:nth-of-type(${same.indexOf(node) + 1})`;
        }
        parts.unshift(part);
      }
      return parts.join(" > ");
    },
    rgba(text) {
      const canvas = document.createElement("canvas");
      canvas.width = canvas.height = 1;
      const context = canvas.getContext("2d");
      context.fillStyle = "#000";
      context.fillStyle = text;
      context.fillRect(0, 0, 1, 1);
      const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
      return { r, g, b, a: a / 255 };
    },
    luminance({ r, g, b }) {
      const channel = (value) => {
        const c = value / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    },
    contrast(one, two) {
      const [light, dark] = [this.luminance(one), this.luminance(two)].sort((a, b) => b - a);
      return (light + 0.05) / (dark + 0.05);
    },
    backgroundBehind(element) {
      for (let node = element; node; node = node.parentElement) {
        const colour = this.rgba(getComputedStyle(node).backgroundColor);
        if (colour.a > 0.5) return colour;
      }
      return this.rgba(getComputedStyle(document.documentElement).backgroundColor || "#fff");
    },
    isShown(element) {
      const style = getComputedStyle(element);
      if (style.visibility === "hidden" || style.display === "none") return false;
      return element.getClientRects().length > 0;
    },
    // What a sighted keyboard user sees of the focused element.
    focusState(element) {
      const style = getComputedStyle(element);
      const rect = element.getBoundingClientRect();
      const outlineWidth = style.outlineStyle === "none" ? 0 : parseFloat(style.outlineWidth);
      const ring = this.rgba(style.outlineColor);
      const behind = this.backgroundBehind(element.parentElement || element);
      const insideViewport =
        rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.right > 0 &&
        rect.top < innerHeight && rect.left < innerWidth;
      const centre = document.elementFromPoint(
        Math.min(Math.max(rect.left + rect.width / 2, 0), innerWidth - 1),
        Math.min(Math.max(rect.top + rect.height / 2, 0), innerHeight - 1),
      );
      return {
        id: this.describe(element),
        tag: element.localName,
        href: element.getAttribute("href"),
        outlineWidth,
        ringContrast: outlineWidth > 0 ? this.contrast(ring, behind) : 0,
        insideViewport,
        onTop: centre !== null && (centre === element || element.contains(centre) || centre.contains(element)),
        width: rect.width,
        height: rect.height,
      };
    },
  };
};

async function checkKeyboard(page, url, condition) {
  await page.evaluate(PAGE_HELPERS);
  const expected = await page.evaluate(() =>
    [...document.querySelectorAll("a[href], button, input, select, textarea, summary, [tabindex]")]
      .filter((element) => element.tabIndex >= 0 && !element.closest("[inert]") && window.kohyoAudit.isShown(element))
      .map((element) => window.kohyoAudit.describe(element)),
  );

  await page.keyboard.press("Tab");
  const first = await page.evaluate(() => window.kohyoAudit.focusState(document.activeElement));
  const mainId = await page.evaluate(() => document.querySelector("main")?.id ?? "");
  if (first.tag !== "a" || !mainId || first.href !== `#${mainId}`) {
    report(url, `keyboard (${condition})`, "skip-link", `the first Tab reaches ${first.id}, not a link to #${mainId || "main"}`, first.id);
  } else {
    if (!first.insideViewport || !first.onTop || first.width < 24 || first.height < 24) {
      report(url, `keyboard (${condition})`, "skip-link", "the skip link is not fully visible when focused", first.id);
    }
    await page.keyboard.press("Enter");
    const landed = await page.evaluate(() => document.activeElement?.localName);
    if (landed !== "main") {
      report(url, `keyboard (${condition})`, "skip-link", `following the skip link leaves focus on ${landed}, not on main`, first.id);
    }
    await page.evaluate(() => document.activeElement?.blur());
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.evaluate(() => document.body.focus());
  }

  // Walk the whole page by Tab, from the top.
  await page.goto(page.url().split("#")[0]);
  await page.evaluate(PAGE_HELPERS);
  const reached = new Set();
  for (let step = 0; step < expected.length + 5; step++) {
    await page.keyboard.press("Tab");
    const state = await page.evaluate(() =>
      document.activeElement && document.activeElement !== document.body
        ? window.kohyoAudit.focusState(document.activeElement)
        : null,
    );
    if (state === null || reached.has(state.id)) break;
    reached.add(state.id);
    if (state.outlineWidth < 2) {
      report(url, `keyboard (${condition})`, "focus-visible", `no focus ring of 2px or more (outline ${state.outlineWidth}px)`, state.id);
    } else if (state.ringContrast < 3) {
      report(url, `keyboard (${condition})`, "focus-visible", `focus ring contrast ${state.ringContrast.toFixed(2)}:1 is under 3:1`, state.id);
    }
    if (!state.insideViewport || !state.onTop) {
      report(url, `keyboard (${condition})`, "focus-obscured", "the focused element is off screen or covered", state.id);
    }
  }
  for (const id of expected) {
    if (!reached.has(id)) {
      report(url, `keyboard (${condition})`, "tab-order", "not reached by Tab", id);
    }
  }
}

async function checkReflow(page, url, condition) {
  const problems = await page.evaluate(() => {
    const root = document.documentElement;
    const problems = [];
    if (root.scrollWidth > root.clientWidth + 1) {
      const widest = [...document.body.querySelectorAll("*")]
        .filter((element) => element.getBoundingClientRect().right > root.clientWidth + 1)
        .filter((element) => !element.closest(".table-region, [role=region]"))
        .slice(0, 5)
        .map((element) => element.outerHTML.slice(0, 80));
      problems.push({
        rule: "horizontal-scroll",
        message: `the page is ${root.scrollWidth}px wide in a ${root.clientWidth}px window; too wide: ${widest.join(" | ")}`,
        target: "html",
      });
    }
    for (const element of document.body.querySelectorAll("*")) {
      const style = getComputedStyle(element);
      const scrolls = ["auto", "scroll"].includes(style.overflowX) && element.scrollWidth > element.clientWidth + 1;
      if (!scrolls) continue;
      const named = element.hasAttribute("aria-label") || element.hasAttribute("aria-labelledby");
      if (element.tabIndex < 0 || element.getAttribute("role") !== "region" || !named) {
        problems.push({
          rule: "scroll-region",
          message: "scrolls sideways but is not a focusable, named region",
          target: element.outerHTML.slice(0, 80),
        });
      }
    }
    return problems;
  });
  for (const problem of problems) report(url, `reflow (${condition})`, problem.rule, problem.message, problem.target);
}

async function checkOverflowingText(page, url, condition) {
  const problems = await page.evaluate(() => {
    const problems = [];
    for (const element of document.body.querySelectorAll("*")) {
      const style = getComputedStyle(element);
      if (style.display === "inline" || style.display === "none" || style.display === "contents") continue;
      // Visually hidden text is clipped on purpose.
      if (element.clientWidth <= 1 || element.clientHeight <= 1) continue;
      if (!element.textContent.trim()) continue;
      const scrollsX = ["auto", "scroll"].includes(style.overflowX);
      const scrollsY = ["auto", "scroll"].includes(style.overflowY);
      // A fullwidth closing bracket at the end of a line is set half-width
      // (text-spacing-trim), but its whole advance still counts towards the
      // scroll width: allow half an em of blank space sideways.
      const slack = parseFloat(style.fontSize) / 2 + 1;
      const tallerThanBox = element.scrollHeight > element.clientHeight + 1 && !scrollsY;
      const widerThanBox = element.scrollWidth > element.clientWidth + slack && !scrollsX;
      if (tallerThanBox || widerThanBox) {
        const clipped = style.overflowX !== "visible" || style.overflowY !== "visible";
        problems.push({
          rule: clipped ? "text-clipped" : "text-spills",
          message: `${clipped ? "text is cut off" : "text spills out of its box"}: content ${element.scrollWidth}×${element.scrollHeight}px in a ${element.clientWidth}×${element.clientHeight}px box`,
          target: element.outerHTML.slice(0, 80),
        });
      }
    }
    return problems;
  });
  for (const problem of problems) report(url, `text spacing (${condition})`, problem.rule, problem.message, problem.target);
}

async function checkForcedColors(page, url) {
  const problems = await page.evaluate(() => {
    const problems = [];
    for (const mark of document.querySelectorAll("ins, del")) {
      const line = getComputedStyle(mark).textDecorationLine;
      const wanted = mark.localName === "ins" ? "underline" : "line-through";
      if (!line.includes(wanted)) {
        problems.push({ rule: "change-marks", message: `<${mark.localName}> is not marked by ${wanted}`, target: mark.outerHTML.slice(0, 80) });
      }
    }
    return problems;
  });
  for (const problem of problems) report(url, "forced colours", problem.rule, problem.message, problem.target);
  await page.keyboard.press("Tab");
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  if (outline === "none") report(url, "forced colours", "focus-visible", "the focus ring disappears in forced colours", "");
}

// Prints the pages that show one version of the notice (those with its
// dates on top, the first of which is its effective period) and reads the
// PDF's text page by page.
async function checkPrint(page, url) {
  const expectations = await page.evaluate(() => {
    const period = document.querySelector(".notice-dates dd");
    if (!period) return null;
    const main = document.querySelector("main");
    const outside = [...main.querySelectorAll("a[href]")]
      .map((link) => link.getAttribute("href"))
      .filter((href) => /^(https?:|mailto:)/.test(href))
      .map((href) => href.replace(/^mailto:/, ""));
    // What a heading prints: without the words only screen readers hear
    // ("Added: " before an added entry), which are not on paper.
    const printed = (heading) => {
      const copy = heading.cloneNode(true);
      copy.querySelectorAll(".visually-hidden").forEach((hidden) => hidden.remove());
      return copy.textContent.trim();
    };
    const headings = [...main.querySelectorAll("h2")].map(printed);
    return { running: period.textContent.trim(), outside, lastHeading: headings.at(-1) ?? "" };
  });
  if (expectations === null) return;
  await page.emulateMedia({ media: "print" });
  const pdf = join(options.work, `print-${order.get(url)}.pdf`);
  await page.pdf({ path: pdf, format: "A4", printBackground: true });
  await page.emulateMedia({ media: "screen" });
  const pages = await pdfPages(pdf);
  const squeeze = (text) => text.replace(/\s+/g, "");
  pages.forEach((text, number) => {
    if (!squeeze(text).includes(squeeze(expectations.running))) {
      report(url, "print", "running-date", `printed page ${number + 1} of ${pages.length} does not show “${expectations.running}”`, pdf);
    }
  });
  const whole = squeeze(pages.join(""));
  if (!whole.includes(squeeze(expectations.lastHeading))) {
    report(url, "print", "whole-notice", `the printout does not reach the last section “${expectations.lastHeading}”`, pdf);
  }
  for (const address of expectations.outside) {
    if (!whole.includes(squeeze(address))) {
      report(url, "print", "link-addresses", `the printout does not show the link address ${address}`, pdf);
    }
  }
}

async function pdfPages(pdf) {
  // In drawing order: a running head stays one run of text, and an address
  // broken at a hyphen keeps its hyphen (the other modes join such lines).
  const { stdout } = await run("pdftotext", ["-raw", "-enc", "UTF-8", pdf, "-"], { maxBuffer: 64 << 20 });
  return stdout.split("\f").filter((text, index, all) => index < all.length - 1 || text.trim());
}

// The bytes at a URL as the server sent them (or a file, for the canary).
async function source(url) {
  if (url.startsWith("file:")) return readFile(fileURLToPath(url));
  return Buffer.from(await (await fetch(url)).arrayBuffer());
}

async function collectStylesheets(urls) {
  const found = new Map();
  for (const url of urls) {
    const html = (await source(url)).toString("utf-8");
    for (const match of html.matchAll(/<link rel="stylesheet"[^>]* href="([^"]+)"/g)) {
      const address = new URL(match[1], url).href;
      if (!found.has(address)) {
        const file = join(options.work, `style-${found.size}.css`);
        await writeFile(file, await source(address));
        found.set(address, file);
      }
    }
  }
  return [...found].map(([url, file]) => ({ url, file }));
}

async function checkMarkup(pages, stylesheets) {
  const files = [...pages, ...stylesheets];
  let stdout;
  try {
    ({ stdout } = await run(
      "java",
      ["-jar", vnuJar, "--format", "json", "--stdout", "--also-check-css", ...files.map((entry) => entry.file)],
      { maxBuffer: 64 << 20 },
    ));
  } catch (error) {
    // vnu exits 1 when it finds errors; its report is still on stdout.
    if (!error.stdout) throw error;
    stdout = error.stdout;
  }
  const byFile = new Map(files.map((entry) => [entry.file, entry.url]));
  for (const message of JSON.parse(stdout).messages) {
    const isWarning = message.type === "info" && message.subType === "warning";
    if (message.type !== "error" && !isWarning) continue;
    const file = decodeURIComponent(new URL(message.url).pathname);
    const where = message.lastLine ? `line ${message.lastLine}, column ${message.lastColumn}` : "";
    report(byFile.get(file) ?? file, "Nu Html Checker", message.type === "error" ? "error" : "warning", message.message, `${where} ${message.extract ?? ""}`.trim());
  }
}

// Last, so that every helper above is defined before the audit runs.
const sources = options.urls.map((url, index) => ({
  url,
  file: join(options.work, `page-${String(index).padStart(3, "0")}.html`),
}));
for (const { url, file } of sources) await writeFile(file, await source(url));
const order = new Map(options.urls.map((url, index) => [url, index]));

// A page at a time per worker, each in a fresh context: two workers keep
// both cores of a small machine busy while one waits on the other.
const queue = [...options.urls];
async function worker() {
  for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
    // The page as a visitor's browser enforces its Content-Security-Policy
    // first; then the checks, which inject axe and styles, with CSP bypassed.
    for (const bypassCSP of [false, true]) {
      const context = await browser.newContext({ viewport: DESKTOP, reducedMotion: "reduce", bypassCSP });
      const page = await context.newPage();
      try {
        await (bypassCSP ? auditPage(page, url) : checkPolicy(page, url));
      } catch (error) {
        report(url, "browser", "error", String(error.stack || error));
      } finally {
        await context.close();
      }
    }
  }
}
try {
  await Promise.all(Array.from({ length: options.jobs }, worker));
} finally {
  await browser.close();
}
findings.sort((a, b) => (order.get(a.url) ?? -1) - (order.get(b.url) ?? -1));

const stylesheets = await collectStylesheets(options.urls);
await checkMarkup(sources, stylesheets);

process.stdout.write(JSON.stringify({ tools, pages: options.urls, findings }, null, 2) + "\n");
