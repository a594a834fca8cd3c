#!/usr/bin/env node
// The automated accessibility audit of mandat's HTML documents (SPEC §8): each file is opened
// in Debian's headless Chromium and checked by axe-core against WCAG 2.1 A and AA and axe's
// best practices, once as on screen and once as printed (print CSS has its own greys).
//
//   node scripts/a11y-audit.mjs FILE.html [FILE.html …]
//
// Exit status: 0 when every file passes, 1 when any rule is broken (one line per rule and file
// on stderr), 2 when the audit itself could not run. CHROMIUM names another browser binary.
// Nothing is fetched: the files are local and the browser is told to stay off the network.

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

import { chromium } from "playwright-core";

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];
// The flags Chromium needs on the build machines (root, no GPU, no network but the registries).
const FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: node scripts/a11y-audit.mjs FILE.html [FILE.html …]");
  process.exit(2);
}

let browser;
try {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: FLAGS,
  });
} catch (e) {
  console.error(`a11y-audit: Chromium did not start: ${e.message.split("\n")[0]}`);
  process.exit(2);
}

let broken = 0;
try {
  const page = await browser.newPage();
  // A document that reached for the network would be a bug of its own.
  await page.route(/^(?!file:|data:|about:)/, (route) => route.abort());
  for (const file of files) {
    await page.goto(pathToFileURL(resolve(file)).href);
    for (const media of ["screen", "print"]) {
      await page.emulateMedia({ media });
      await page.addScriptTag({ content: AXE });
      const results = await page.evaluate(
        (tags) => window.axe.run(document, { runOnly: { type: "tag", values: tags } }),
        TAGS,
      );
      for (const v of results.violations) {
        broken += 1;
        const where = v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(" "))
          .join(", ");
        console.error(`${file} (${media}): ${v.id} [${v.impact}] ${v.help} — ${where}`);
      }
    }
    console.log(`${file}: checked`);
  }
} finally {
  await browser.close();
}
if (broken > 0) {
  console.error(`a11y-audit: ${broken} rule(s) broken`);
  process.exit(1);
}
console.log(`a11y-audit: ${files.length} file(s) pass WCAG 2.1 AA and best practice`);
