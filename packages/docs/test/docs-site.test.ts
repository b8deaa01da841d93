// Opens every page of the built docs site in headless Chromium (Debian's
// /usr/bin/chromium, driven by playwright-core) and checks what a reader and
// an offline machine would: the title, the operations rendered against the
// spec's count, no console error, and not a single request to another host.
import { mkdirSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { distDir, serveDist } from "./serve-dist.js";

const shots = join(distDir, "..", "reports", "screenshots");
let browser: Browser;
let site: Awaited<ReturnType<typeof serveDist>>;

beforeAll(async () => {
  site = await serveDist();
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  mkdirSync(shots, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function open(path: string) {
  const page = await browser.newPage();
  const foreign: string[] = [];
  const errors: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.protocol !== "data:" && url.protocol !== "blob:" && url.origin !== site.origin) foreign.push(request.url());
  });
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${site.origin}/${path}`, { waitUntil: "networkidle" });
  return { page, foreign, errors };
}

const apiPages = readdirSync(distDir).filter((f) => f.endsWith(".html") && f !== "index.html");

describe("docs site", () => {
  test("index lists every API page with its operation count", async () => {
    const { page, foreign, errors } = await open("index.html");
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
    const spec = JSON.parse(readFileSync(join(distDir, "..", "..", api, "src", "generated", "openapi.json"), "utf8"));
    const operationCount = Object.values(spec.paths as Record<string, object>)
      .flatMap((item) => Object.keys(item))
      .filter((key) => ["get", "put", "post", "delete", "patch", "options", "head", "trace"].includes(key)).length;
    const { page, foreign, errors } = await open(file);
    expect(await page.title()).toBe(spec.info.title);
    // Redoc 3 lists a tag's operations in the sidebar once the tag is opened
    // (links "/<tag>/<operationid>"); open each tag and count what is listed.
    const listed = new Set<string>();
    for (const tag of (spec.tags as { name: string }[]).map((t) => t.name)) {
      await page
        .getByTestId("menu-item-label")
        .filter({ hasText: new RegExp(`^${tag}$`) })
        .first()
        .click();
      await page.waitForTimeout(200);
      const links = await page
        .locator("[data-component-name='Menu/Menu'] a[href]")
        .evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
      for (const href of links) if (href.split("/").length === 3) listed.add(href);
    }
    expect(listed.size).toBe(operationCount);
    await page.screenshot({ path: join(shots, `${api}.png`) });
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
  });
});
