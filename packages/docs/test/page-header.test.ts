// The top of each page answers a user's first questions before any operation:
// how to install, which credential option and how it is sent, the rate limits
// (from the spec's x-rate-limits), each operation's permission (x-permissions)
// and the error classes to catch (the middleware's, as the package exports them).
import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { describe, expect, test } from "vitest";
import { readSpec, specOperations } from "./api-spec.js";
import { MENU_TAG, openPage } from "./browser.js";
import { distDir } from "./serve-dist.js";
import { siteInBrowser } from "./site-in-browser.js";

const require = createRequire(import.meta.url);
const site = siteInBrowser();

const SECTIONS = {
  install: "Install",
  credentials: "Credentials",
  "rate-limits": "Rate limits",
  permissions: "Permissions",
  errors: "Errors",
};

// The error classes as the middleware exports them, in its own words: errors/index.ts.
const middlewareErrors = [
  ...readFileSync(join(dirname(require.resolve("@api-clients/middleware/package.json")), "src", "errors", "index.ts"), "utf8").matchAll(
    /export \{ (\w+)/g,
  ),
].map((match) => match[1]!);

const apis = readdirSync(distDir)
  .filter((f) => f.endsWith(".html") && f !== "index.html")
  .map((f) => f.replace(/\.html$/, ""));

describe("page header", () => {
  test("the middleware exports the error classes the issue names", () => {
    expect(middlewareErrors).toEqual(
      expect.arrayContaining(["BadRequestError", "RateLimitError", "ServerError", "MissingCredentialError"]),
    );
  });

  test.each(apis)("%s: install, credentials, rate limits, permissions and errors", async (api) => {
    const spec = readSpec(api);
    const exports: Record<string, any> = await import(`@api-clients/${api}`);
    const definition = Object.values(exports).find((value) => typeof value?.credentialName === "string" && value.auth);
    const { page, foreign, errors } = await openPage(site.browser, site.origin);
    await page.goto(`${site.origin}/${api}.html`);
    await page.locator(MENU_TAG).first().waitFor();
    const menu = await page.getByTestId("menu-item-label").allTextContents();
    const text: Record<string, string> = {};
    for (const [slug, heading] of Object.entries(SECTIONS)) {
      expect(menu, `side menu lists "${heading}"`).toContain(heading);
      const section = page.locator(`[data-section-id="/section/${slug}"]`);
      await section.waitFor();
      text[slug] = (await section.textContent()) ?? "";
      expect(text[slug]).toContain(heading);
    }

    expect(text.install).toContain(`npm i @api-clients/${api}`);
    expect(text.install).toMatch(new RegExp(`import \\{ create\\w+Client \\} from "@api-clients/${api}"`));

    expect(text.credentials).toContain(definition.credentialName);
    expect(text.credentials).toContain(definition.auth.type === "bearer" ? "Authorization: Bearer" : definition.auth.header);
    for (const scheme of Object.keys(spec.components?.securitySchemes ?? {})) expect(text.credentials).toContain(scheme);

    const limits = spec["x-rate-limits"] ?? {};
    for (const window of limits.windows ?? []) {
      expect(text["rate-limits"]).toContain(window.id);
      if (window.limit !== undefined) expect(text["rate-limits"]).toContain(`${window.limit} requests per`);
      if (window.algorithm !== undefined) expect(text["rate-limits"]).toContain(String(window.algorithm));
    }
    for (const header of Object.entries(limits.headers ?? {}).filter(([key]) => key !== "resetUnit")) {
      expect(text["rate-limits"]).toContain(header[1]);
    }

    const withPermissions = specOperations(spec).filter((operation) => operation.permissions.length > 0);
    if (withPermissions.length === 0) expect(text.permissions).toContain("No operation declares a required permission");
    const rows = await page
      .locator('[data-section-id="/section/permissions"] tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent ?? "")));
    expect(rows).toHaveLength(withPermissions.length);
    for (const operation of withPermissions) {
      const row = rows.find((cells) => cells[0] === operation.operationId);
      for (const permission of operation.permissions) expect(row?.at(-1), operation.operationId).toContain(permission);
    }

    const exported = middlewareErrors.filter((name) => name in exports);
    expect(exported.length).toBeGreaterThan(8);
    for (const name of exported) expect(text.errors).toContain(name);
    expect(text.errors).toContain("unwrap");

    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
  });
});
