// The site also works opened straight from disk (file://), where Chromium
// refuses module scripts and fetch(): every page renders its spec, with no
// console error and no request leaving the file system.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { readSpec } from "./api-spec.js";
import { MENU_TAG, launchBrowser, openPage } from "./browser.js";
import { distDir } from "./serve-dist.js";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const apiPages = readdirSync(distDir).filter((f) => f.endsWith(".html") && f !== "index.html");

describe("opened from file://", () => {
  test("the index links to every page", async () => {
    const { page, foreign, errors } = await openPage(browser, "file://");
    await page.goto(pathToFileURL(join(distDir, "index.html")).href);
    await page.locator("li.api a").first().click();
    await page.locator(MENU_TAG).first().waitFor();
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
  });

  test.each(apiPages)("%s renders from disk", async (file) => {
    const spec = readSpec(file.replace(/\.html$/, ""));
    const { page, foreign, errors } = await openPage(browser, "file://");
    await page.goto(pathToFileURL(join(distDir, file)).href);
    await page.locator(MENU_TAG).first().waitFor();
    expect(await page.locator(MENU_TAG).count()).toBe(spec.tags.length);
    await page.locator(MENU_TAG).last().click(); // and answers a click
    await expect.poll(() => page.evaluate(() => location.hash)).not.toBe("");
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
  });
});
