import { createPhishStatsClient, field } from "@api-clients/phishstats";

const phishstats = createPhishStatsClient({
  apiKey: process.env.PHISHSTATS_API_KEY, // unset: anonymous, 50 requests a day
  baseUrl: process.env.PHISHSTATS_BASE_URL,
  tier: "free",
  cache: true,
});
const filter = field("score")
  .gt(6)
  .and(field("url").like({ contains: "login" }));
for await (const record of phishstats.records({ where: filter, sort: "-id", maxRequests: 3 })) {
  console.log(record.id, record.url, record.score);
}
