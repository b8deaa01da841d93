// The validator's formats (no ajv-formats peer) and its messages.
import { describe, expect, test } from "vitest";
import { parseExact } from "../src/request-check.js";
import { createSchemaValidator } from "../src/schema-validator.js";

const document = {
  paths: {},
  components: {
    schemas: {
      Dated: {
        type: "object",
        properties: {
          day: { type: "string", format: "date" },
          at: { type: "string", format: "date-time" },
          id: { type: "string", format: "uuid" },
          link: { type: "string", format: "uri" },
          shade: { type: "string", format: "no-such-format" },
        },
      },
      Choice: { anyOf: [{ $ref: "#/components/schemas/Dated" }, { type: "null" }] },
      Count: { type: "integer", minimum: 1 },
    },
  },
};
const validator = createSchemaValidator(document);
const check = (value: unknown) => validator.check("/components/schemas/Dated", value);

describe("formats the specs use", () => {
  test.each([
    [{ day: "2024-02-29" }, []],
    [{ day: "0004-03-15" }, []], // PluralKit's birthday without a year
    [{ day: "2023-02-29" }, ['/day must match format "date"']],
    [{ at: "2024-03-05T10:15:30.123456Z" }, []],
    [{ at: "2024-03-05T10:15:30+02:00" }, []],
    [{ at: "2024-03-05 25:00:00Z" }, ['/at must match format "date-time"']],
    [{ id: "e1a8c5a4-0c2c-4f6f-9a53-5b1f0f1d2a3b" }, []],
    [{ id: "e1a8c5a4" }, ['/id must match format "uuid"']],
    [{ link: "https://example.org/a" }, []],
    [{ link: "example.org" }, ['/link must match format "uri"']],
    [{ shade: "anything" }, []], // an unknown format is not checked
  ])("%j", (value, problems) => {
    expect(check(value)).toEqual(problems);
  });
});

test("a union's branches are summed up, not listed", () => {
  expect(validator.check("/components/schemas/Choice", 5)).toEqual(["must be object or null"]);
});

test("parameters are coerced from text before they are checked", () => {
  expect(validator.checkParameter("/components/schemas/Count", "12")).toEqual({ problems: [], value: 12 });
  expect(validator.checkParameter("/components/schemas/Count", "0").problems).toEqual(["must be >= 1"]);
  expect(validator.checkParameter("/components/schemas/Count", "x").problems).toEqual(["must be integer"]);
});

describe("integers beyond 2^53 (Discord snowflakes) reach a resolver exact", () => {
  test.each([
    ['{"guild_id":1187654321098765432,"n":5,"f":1.5e300}', { guild_id: "1187654321098765432", n: 5, f: 1.5e300 }],
    [
      '{"s":"1187654321098765432 \\" 9007199254740993","a":[-9007199254740993, 2]}',
      { s: '1187654321098765432 " 9007199254740993', a: ["-9007199254740993", 2] },
    ],
  ])("%s", (text, parsed) => {
    expect(parseExact(text)).toEqual(parsed);
  });
});
