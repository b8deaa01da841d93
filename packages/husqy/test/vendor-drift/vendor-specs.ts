// The vendor's OpenAPI files (test/vendor-openapi/, one per Husqy service)
// and where each one's paths sit in our spec. A file's `servers[0].url`
// minus our server URL is its prefix: "" for general
// (https://api.husqy.xyz/v1/), `/modules/<name>` for a module (the invite
// tracker's is `/modules/invite_tracker`, though its folder is
// `invite-tracker`). A service's `/` is the prefix itself (`/modules/polls`).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { OpenApiDocument } from "@api-clients/contract-kit";

export type VendorService = { file: string; document: OpenApiDocument; prefix: string };

export const vendorDir = fileURLToPath(new URL("../vendor-openapi/", import.meta.url));

export function loadVendorServices(ourServerUrl: string): VendorService[] {
  const files = readdirSync(vendorDir, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".json"));
  return files.sort().map((file) => {
    const document = JSON.parse(readFileSync(join(vendorDir, file), "utf8")) as OpenApiDocument;
    const server = (document.servers as { url: string }[] | undefined)?.[0]?.url ?? "";
    const base = ourServerUrl.replace(/\/+$/, "");
    if (!server.startsWith(base)) throw new Error(`${file}: server ${server} is not under ${base}`);
    return { file: file.split("\\").join("/"), document, prefix: server.slice(base.length).replace(/\/+$/, "") };
  });
}

/** Our path for a vendor path of `service`. */
export const ourPath = (service: VendorService, vendorPath: string) =>
  vendorPath === "/" ? service.prefix || "/" : `${service.prefix}${vendorPath}`;
