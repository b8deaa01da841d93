// What the drift check against the vendor's OpenAPI files corrected in
// specs/husqy, one test per class of correction, each failing on the spec
// before the correction (and passing on the vendor's own schema).
//
// Request narrowed to what the vendor accepts: a poll answer's `emoji_id` is
// `integer | null` in the vendor's polls file (openapi/modules/polls/
// index.openapi.json, PollAnswer); ours also offered a string.
import { createRequestBodyValidator, loadBundledSpec } from "@api-clients/contract-kit";
import { describe, expect, expectTypeOf, test } from "vitest";
import { type components, createHusqyClient } from "../../src/index.js";
import { loadVendorServices } from "./vendor-specs.js";

const ours = loadBundledSpec("husqy");
const polls = loadVendorServices("https://api.husqy.xyz/v1").find((service) => service.prefix === "/modules/polls")!;
const ourRequest = createRequestBodyValidator(ours);
const vendorRequest = createRequestBodyValidator(polls.document);

const EMOJI = 1187654321098767788n; // a custom emoji id, above 2^53
const poll = (emoji_id: unknown) => ({
  guild_id: 1187654321098765000,
  channel_id: 1187654321098766000,
  poll_type: 1,
  poll_answer_type: 1,
  question: "Which night suits the next game session?",
  answers: [{ answer_text: "Friday", emoji_name: "friday", emoji_id }],
  is_multi_select: false,
  is_anonymous: false,
  max_votes_per_answer: 1,
  poll_owner_id: 1187654321098767000,
});

describe("createPoll: answers[].emoji_id is an integer or null, as the vendor's polls schema says", () => {
  test("a string emoji_id, which the vendor refuses, is refused by ours", () => {
    expect(vendorRequest("/entries", "post", poll(String(EMOJI)))).not.toEqual([]);
    expect(ourRequest("/modules/polls/entries", "post", poll(String(EMOJI)))).toEqual(["/answers/0/emoji_id must be integer,null"]);
  });

  test.each([[Number(EMOJI)], [null]])("%j is accepted by both", (emojiId) => {
    expect(vendorRequest("/entries", "post", poll(emojiId))).toEqual([]);
    expect(ourRequest("/modules/polls/entries", "post", poll(emojiId))).toEqual([]);
  });

  test("the generated request type takes a number or null, not a string", () => {
    expectTypeOf<components["schemas"]["PollAnswerCreate"]["emoji_id"]>().toEqualTypeOf<number | null | undefined>();
  });

  test("an id above 2^53 passed as a bigint (cast to the type) goes out as the exact JSON integer", async () => {
    const bodies: string[] = [];
    const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      bodies.push(await new Request(input, init).text());
      return new Response(JSON.stringify({ data: { message: "ok" } }), { headers: { "Content-Type": "application/json" } });
    }) as typeof globalThis.fetch;
    const body = { ...poll(EMOJI as unknown as number), guild_id: "1187654321098765432", channel_id: 1n, poll_owner_id: 2n };
    await createHusqyClient({ token: "key", fetch })
      .module("polls")
      .POST("/entries", { body: body as components["schemas"]["PollCreate"] });
    expect(bodies[0]).toContain(`"emoji_id":${EMOJI}}`);
    expect(bodies[0]).toContain('"guild_id":1187654321098765432,');
  });
});
