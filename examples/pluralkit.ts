import { createPluralKitClient } from "@api-clients/pluralkit";

const pk = createPluralKitClient({
  token: process.env.PLURALKIT_TOKEN, // from `pk;token`; without it only public data is visible
  baseUrl: process.env.PLURALKIT_BASE_URL, // unset: https://api.pluralkit.me/v2
  userAgent: "my-bot/1.0 (+https://example.org)",
});
const { data: system, error } = await pk.getSystem({ systemRef: "@me" });
if (error) throw new Error(`PluralKit ${error.code}: ${error.message}`);
const { data: members = [] } = await pk.listSystemMembers({ systemRef: system.id });
for await (const sw of pk.paginate("listSystemSwitches", { systemRef: system.id }, { maxPages: 2 })) console.log(sw.timestamp);
console.log(
  system.name,
  members.map((member) => member.name),
);
