// Discord guild IDs are 64-bit snowflakes, beyond the 2^53 a JavaScript
// number holds exactly (one published client sends 878130674844979200 for
// ...210). Take a string or a bigint and send a decimal string, which the API
// documents as the field's type.
export type GuildId = string | bigint;

export function guildIdToWire(guild: GuildId, caller: string): string {
  if (typeof guild === "bigint") {
    if (guild < 0n || guild >= 2n ** 64n) throw new TypeError(`${caller}: guild ${guild} is not a 64-bit Discord ID`);
    return guild.toString();
  }
  if (typeof guild === "string" && /^[0-9]{1,20}$/.test(guild) && BigInt(guild) < 2n ** 64n) return guild;
  if (typeof guild === "number") {
    throw new TypeError(`${caller}: pass the guild ID as a string or bigint; a number cannot hold a Discord ID exactly`);
  }
  throw new TypeError(`${caller}: guild must be a Discord ID (digits only), got ${JSON.stringify(guild)}`);
}
