// The built site served over loopback and one Chromium, for the length of a
// test file: what every browser test file starts from. Registers its own
// beforeAll/afterAll, so a test file just reads `site.browser` and `site.origin`.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchBrowser } from "./browser.js";
import { serveDist } from "./serve-dist.js";

export interface SiteInBrowser {
  readonly browser: Browser;
  /** The served site's origin, e.g. http://127.0.0.1:41234. */
  readonly origin: string;
}

export function siteInBrowser(): SiteInBrowser {
  let browser: Browser | undefined;
  let served: Awaited<ReturnType<typeof serveDist>> | undefined;
  beforeAll(async () => {
    served = await serveDist();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error("siteInBrowser: read inside a test, after beforeAll has run");
    return value;
  };
  return {
    get browser() {
      return ready(browser);
    },
    get origin() {
      return ready(served).origin;
    },
  };
}
