import { createPhishStatsClient, field, QuotaExceededError, unwrap } from "@api-clients/phishstats";
import { createPhishStatsTestKit } from "@api-clients/phishstats/testing";
import { setupServer } from "msw/node";

// In a test file: server.listen() in beforeAll, server.resetHandlers() in afterEach, server.close() in afterAll.
const phishstats = createPhishStatsTestKit();
const server = setupServer(...phishstats.handlers);
server.listen({ onUnhandledRequest: "error" });
const client = () => createPhishStatsClient({ apiKey: "psk_test", ...phishstats.clientOptions() });

// The spec's example page, for a filtered list (the filter is checked against the spec too).
const page = await unwrap(client().list({ where: field("score").gt(6) }));
// PhishStats' spent daily quota (`limit_type`, `quota_resets_at`): QuotaExceededError until the reset, no retries.
server.use(phishstats.quotaExceeded());
const failure = await unwrap(client().list()).catch((error: unknown) => error);
if (!(failure instanceof QuotaExceededError)) throw new Error("expected QuotaExceededError");
console.log(page.length, failure.quota, failure.resetAt.toISOString());
server.close();
