import { createPhishermanClient } from "@api-clients/phisherman";

const phisherman = createPhishermanClient({
  apiKey: process.env.PHISHERMAN_API_KEY,
  baseUrl: process.env.PHISHERMAN_BASE_URL, // unset: https://api.phisherman.gg/v2
  userAgent: "MyBot (+https://example.org / 188032859276181504)",
});
const check = await phisherman.classifyDomain("https://free-nitro.example/claim"); // a URL or a bare host
if (check.isPhish) await phisherman.reportCaught(check.domain, { guild: 878130674844979210n });
const { data: info } = await phisherman.getDomainInfo({ domain: check.domain });
console.log(check.classification, info);
