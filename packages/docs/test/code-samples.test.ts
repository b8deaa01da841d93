// Every operation on every page shows both TypeScript samples in its request
// panel: by name (`pk.getSystem({ … })`, Husqy's module operations through
// `husqy.module("<name>")`) and by path (`pk.GET("/systems/{systemRef}", …)`),
// each starting with the import and the client. Redoc renders sections
// lazily, so each operation is visited through its link (`#/<tag>/<operationid>`);
// the tab is switched once, in the UI, as a reader would, and applies to all.
// The operation's description starts with its required permission, if any.
import { readdirSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, test, vi } from "vitest";
import { readSpec, type SpecOperation, specOperations } from "./api-spec.js";
import { MENU_TAG, openPage } from "./browser.js";
import { distDir } from "./serve-dist.js";
import { siteInBrowser } from "./site-in-browser.js";

const site = siteInBrowser();

interface Shown {
  code: string | null;
  permissionLine: boolean;
}

/** Visits each link and reads its section's request sample (and whether it says "Required permission"). */
function readSections(page: Page, links: string[]): Promise<Record<string, Shown>> {
  return page.evaluate(async (links) => {
    const shown: Record<string, { code: string | null; permissionLine: boolean }> = {};
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    const collect = () => {
      for (const section of document.querySelectorAll('[data-item-kind="httpItem"]')) {
        const code = section.querySelector(".panel-request-samples pre")?.textContent;
        const id = section.getAttribute("data-section-id");
        if (code && id) shown[`#${id}`] = { code, permissionLine: section.textContent?.includes("Required permission") ?? false };
      }
    };
    for (const link of links) {
      if (shown[link]) continue; // rendered next to an earlier one
      location.hash = link;
      const start = performance.now();
      while (
        !document.querySelector(`[data-section-id="${link.slice(1)}"] .panel-request-samples pre`) &&
        performance.now() - start < 10_000
      ) {
        await frame();
      }
      collect();
      shown[link] ??= { code: null, permissionLine: false };
    }
    return shown;
  }, links);
}

/** Picks a tab in one section's request panel; Redoc then shows that tab in every panel. */
async function chooseSampleTab(page: Page, link: string, label: string) {
  await page.evaluate((link) => (location.hash = link), link);
  const tab = page.locator(`[data-section-id="${link.slice(1)}"] .panel-request-samples [data-testid=dropdown] > button`).last();
  // Redoc may re-render the panel while it settles after the jump; retry until the choice sticks.
  await vi.waitFor(
    async () => {
      if ((await tab.textContent()) === label) return;
      await tab.click({ timeout: 2_000 });
      await page
        .getByRole("menuitem")
        .filter({ hasText: new RegExp(`^${label.replace(/[()]/g, "\\$&")}$`) })
        .first()
        .click({ timeout: 2_000 });
      expect(await tab.textContent()).toBe(label);
    },
    { timeout: 30_000, interval: 200 },
  );
}

const apis = readdirSync(distDir)
  .filter((f) => f.endsWith(".html") && f !== "index.html")
  .map((f) => f.replace(/\.html$/, ""));

describe("code samples", () => {
  test.each(apis)("%s: every operation has both TypeScript samples", { timeout: 240_000 }, async (api) => {
    const operations = specOperations(readSpec(api));
    // A tall window, so that each visit renders several sections at once.
    const { page, foreign, errors } = await openPage(site.browser, site.origin, {
      viewport: { width: 1400, height: 4000 },
      reducedMotion: "reduce",
    });
    await page.goto(`${site.origin}/${api}.html`);
    await page.locator(MENU_TAG).first().waitFor();
    const tagLinks = Object.fromEntries(
      await page.locator(MENU_TAG).evaluateAll((links) => links.map((a) => [a.textContent?.trim(), a.getAttribute("href")])),
    );
    const link = (operation: SpecOperation) => `${tagLinks[operation.tag]}/${operation.operationId.toLowerCase()}`;
    const links = operations.map(link);
    const importLine = new RegExp(
      `^import \\{ create\\w+Client \\} from "@api-clients/${api}";\\n\\nconst \\w+ = create\\w+Client\\(\\{ \\w+: process\\.env\\.\\w+ \\}\\);\\n`,
    );

    const byName = await readSections(page, links);
    for (const operation of operations) {
      const shown = byName[link(operation)];
      expect(shown?.code, `${operation.operationId}: no sample`).toMatch(importLine);
      expect(shown?.code, operation.operationId).toMatch(
        new RegExp(`^const \\{ data, error \\} = await \\w+(\\.module\\("\\w+"\\))?\\.${operation.operationId}\\(`, "m"),
      );
      expect(shown?.permissionLine, `${operation.operationId}: "Required permission" line`).toBe(operation.permissions.length > 0);
    }

    await chooseSampleTab(page, links[0]!, "TypeScript (by path)");
    const byPath = await readSections(page, links);
    for (const operation of operations) {
      const code = byPath[link(operation)]?.code;
      expect(code, `${operation.operationId}: no sample`).toMatch(importLine);
      const call = /^const \{ data, error \} = await \w+(?:\.module\("(\w+)"\))?\.([A-Z]+)\("([^"]*)"/m.exec(code ?? "");
      expect(call, `${operation.operationId}: ${code}`).not.toBeNull();
      const [, module, method, path] = call!;
      // Husqy's module client takes paths relative to /modules/<name>.
      const fullPath = module ? `/modules/${module}${path === "/" ? "" : path}` : path;
      expect(`${method} ${fullPath}`, operation.operationId).toBe(`${operation.method} ${operation.path}`);
    }
    console.log(`${api}: ${operations.length} operations, both samples each`);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
  });
});
