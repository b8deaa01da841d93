import { createPwnbookClient, unwrap } from "@api-clients/pwnbook";

// Typed from the spec: every operation by its name, its parameters, body and
// answer. Paced to the limits Pwnbook announces, retried and timed out for you.
const pwnbook = createPwnbookClient({ apiKey: process.env.PWNBOOK_API_KEY, baseUrl: process.env.PWNBOOK_BASE_URL });
const organization = await unwrap(pwnbook.getOrganization());
console.log(organization.data.name);
