import { createPluralKitClient, RateLimitError, unwrap } from "@api-clients/pluralkit";

const pk = createPluralKitClient({
  token: async () => process.env.PLURALKIT_TOKEN ?? "", // a string, or a (async) function for rotation
  baseUrl: process.env.PLURALKIT_BASE_URL,
  retry: { limit: 3 }, // idempotent calls on 408/5xx/network errors
  timeoutMs: 10_000, // per attempt, body included
  logger: console, // waits, retries, pauses; never a header or token
});
try {
  const system = await unwrap(pk.getSystem({ systemRef: "@me" })); // or pk.GET("/systems/{systemRef}", …)
  console.log(system.id);
} catch (error) {
  if (error instanceof RateLimitError) console.log(`slow down: retry in ${error.retryAfterMs} ms`);
  else throw error;
}
