import { createPluralKitClient } from "@api-clients/pluralkit";

const pk = createPluralKitClient({
  token: process.env.PLURALKIT_TOKEN, // from `pk;token`; without it only public data is visible
  baseUrl: process.env.PLURALKIT_BASE_URL, // unset: https://api.pluralkit.me/v2
  userAgent: "my-bot/1.0 (+https://example.org)",
});
const { data: system, error } = await pk.GET("/systems/{systemRef}", { params: { path: { systemRef: "@me" } } });
if (error) throw new Error(`PluralKit ${error.code}: ${error.message}`);
const { data: members = [] } = await pk.GET("/systems/{systemRef}/members", { params: { path: { systemRef: system.id } } });
console.log(
  system.name,
  members.map((member) => member.name),
);
