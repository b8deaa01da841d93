import { createPwnbookClient, unwrap } from "@api-clients/pwnbook";

const pwnbook = createPwnbookClient({
  apiKey: process.env.PWNBOOK_API_KEY, // pwbk_live_… or pwbk_test_…
  baseUrl: process.env.PWNBOOK_BASE_URL, // unset: Pwnbook cloud; a self-hosted root, …/api or …/api/v1 also work
});
for await (const engagement of pwnbook.paginate("listEngagements", { status: "active", sort: "name" })) {
  console.log(engagement.id, engagement.name);
}
const { data } = await unwrap(pwnbook.createEngagement({ body: { name: "Northwind web test" } }));
await unwrap(pwnbook.archiveEngagement({ id: data.id }));
