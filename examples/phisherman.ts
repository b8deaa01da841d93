import { createPhishermanClient } from "@api-clients/phisherman";

const phisherman = createPhishermanClient({
  apiKey: process.env.PHISHERMAN_API_KEY,
  baseUrl: process.env.PHISHERMAN_BASE_URL, // unset: https://api.phisherman.gg/v2
  userAgent: "MyBot (+https://example.org / 188032859276181504)",
});
const check = await phisherman.checkDomain("https://free-nitro.example/claim"); // a URL or a bare host
if (check.isPhish) await phisherman.reportCaughtPhish(check.domain, { guild: 878130674844979210n });
const { data: info } = await phisherman.GET("/domains/info/{domain}", { params: { path: { domain: check.domain } } });
console.log(check.classification, info);
