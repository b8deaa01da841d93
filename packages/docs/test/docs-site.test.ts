// Opens every page of the built site over HTTP in headless Chromium and checks
// what a reader and an offline machine would: the title, every tag of the spec
// in the side menu, no console error, and not one request to another host.
// The header sections, the samples, file:// and speed have test files of their own.
import { mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { readSpec } from "./api-spec.js";
import { MENU_TAG, openPage } from "./browser.js";
import { distDir } from "./serve-dist.js";
import { siteInBrowser } from "./site-in-browser.js";

const shots = join(distDir, "..", "reports", "screenshots");
const site = siteInBrowser();
beforeAll(() => {
  mkdirSync(shots, { recursive: true });
});

const apiPages = readdirSync(distDir).filter((f) => f.endsWith(".html") && f !== "index.html");

describe("docs site", () => {
  test("index lists every API page with its operation count", async () => {
    const { page, foreign, errors } = await openPage(site.browser, site.origin);
    await page.goto(`${site.origin}/index.html`, { waitUntil: "networkidle" });
    expect(await page.title()).toBe("api-clients: API reference");
    const cards = await page
      .locator("li.api")
      .evaluateAll((items) => items.map((li) => ({ api: li.getAttribute("data-api"), count: Number(li.getAttribute("data-operations")) })));
    expect(cards.map((c) => `${c.api}.html`).sort()).toEqual([...apiPages].sort());
    expect(cards.every((c) => c.count > 0)).toBe(true);
    await page.screenshot({ path: join(shots, "index.png"), fullPage: true });
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
  });

  test.each(apiPages)("%s renders offline, complete and clean", async (file) => {
    const api = file.replace(/\.html$/, "");
    const spec = readSpec(api);
    const { page, foreign, errors } = await openPage(site.browser, site.origin);
    await page.goto(`${site.origin}/${file}`, { waitUntil: "networkidle" });
    expect(await page.title()).toBe(spec.info.title);
    await page.locator(MENU_TAG).first().waitFor();
    const tags = await page.locator(MENU_TAG).evaluateAll((links) => links.map((a) => a.textContent?.trim()));
    expect(tags).toEqual(spec.tags.map((t: { name: string }) => t.name));
    // The one Redoc script is shared: no page carries its own copy.
    const scripts = await page.locator("script[src]").evaluateAll((els) => els.map((s) => s.getAttribute("src")));
    expect(scripts).toEqual(["./assets/redoc.standalone.js"]);
    await page.screenshot({ path: join(shots, `${api}.png`) });
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
  });
});
