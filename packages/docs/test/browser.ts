// Debian's Chromium (/usr/bin/chromium) driven by playwright-core: no browser
// is ever downloaded. Every page opened here records what a reader would
// notice (console errors) and what an offline machine would (requests to any
// origin but the site's own).
import { type Browser, type BrowserContextOptions, chromium } from "playwright-core";

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
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
}

const LOCAL_PROTOCOLS = new Set(["data:", "blob:"]);

/** A new page in a fresh context; `origin` is the site's (an http origin, or "file://"). */
export async function openPage(browser: Browser, origin: string, options: BrowserContextOptions = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const foreign: string[] = [];
  const errors: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    const own = origin === "file://" ? url.protocol === "file:" : url.origin === origin;
    if (!own && !LOCAL_PROTOCOLS.has(url.protocol)) foreign.push(request.url());
  });
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  page.on("pageerror", (error) => errors.push(error.message));
  return { page, context, foreign, errors };
}

/** Redoc has rendered the page once its side menu lists the spec's tags. */
export const MENU_TAG = "[data-component-name='Menu/MenuItem'].menu-item-type-group > a";
