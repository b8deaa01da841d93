import { describe, expect, expectTypeOf, test } from "vitest";
import { field, type NUMERIC_FIELDS, PHISHING_FIELDS, type PhishingField, sortParam } from "../../src/index.js";
import type { NumericField } from "../../src/phishing-fields.js";

describe("the filter builder", () => {
  test.each([
    [field("id").eq(3296584), "(id,eq,3296584)"],
    [field("asn").eq("AS14061"), "(asn,eq,AS14061)"],
    [field("ip").eq("148.228.16.3"), "(ip,eq,148.228.16.3)"],
    [field("score").gt(5).and(field("countrycode").ne("BR")), "(score,gt,5)~and(countrycode,ne,BR)"],
    [
      field("title")
        .like({ contains: "bank" })
        .or(field("url").like({ contains: "bank" })),
      "(title,like,~bank~)~or(url,like,~bank~)",
    ],
    [field("url").like({ startsWith: "https://login" }), "(url,like,https://login~)"],
    [field("host").like({ endsWith: ".example" }), "(host,like,~.example)"],
    [field("tld").like({ equals: "xyz" }), "(tld,like,xyz)"],
    [field("date").lt("2025-03-01T00:00:00.000Z"), "(date,lt,2025-03-01T00:00:00.000Z)"],
  ])("%s", (filter, text) => expect(filter.toString()).toBe(text));

  test.each([
    ["a comma", "evil,value", '","'],
    ["a closing parenthesis and a new clause", "x)~or(id,gt,0", '")"'],
    ["an opening parenthesis", "(x", '"("'],
    ["a tilde", "~x", '"~"'],
    ["a newline", "a\nb", "control character U+000a"],
    ["a NUL", "a\u0000b", "control character U+0000"],
  ])("a value with %s is refused", (_what, value, shown) => {
    expect(() => field("url").eq(value)).toThrow(
      `where: the value for url contains ${shown}, which would break out of the (field,op,value) filter grammar`,
    );
    expect(() => field("title").like({ contains: value })).toThrow(TypeError);
  });

  test("empty, non-finite and wrongly typed values are refused", () => {
    expect(() => field("city").eq("")).toThrow("is empty");
    expect(() => field("score").gt(Number.NaN)).toThrow("finite number");
    expect(() => field("score").gt(Number.POSITIVE_INFINITY)).toThrow("finite number");
    expect(() => field("score").gt("5" as never)).toThrow("score is a number; compare it with a number");
    expect(() => field("url").eq({} as never)).toThrow("must be a string or a number");
    expect(() => field("url").like({ bogus: "x" } as never)).toThrow("needs { contains | startsWith | endsWith | equals }");
  });

  test("unknown fields are refused at run time, and at compile time", () => {
    expect(() => field("password" as never)).toThrow('"password" is not a field of a PhishStats record');
    // @ts-expect-error not a record field
    expect(() => field("nope")).toThrow();
    // @ts-expect-error score is numeric: no like, and no string value
    expect(() => field("score").like({ contains: "5" })).toThrow();
    expectTypeOf(field("score").gt).parameter(0).toEqualTypeOf<number>();
    expectTypeOf(field("url").eq).parameter(0).toEqualTypeOf<string | number>();
  });

  test("sort keys are checked fields", () => {
    expect(sortParam("-id")).toBe("-id");
    expect(sortParam(["-date", "score"])).toBe("-date,score");
    expect(() => sortParam(["-nope" as never])).toThrow('"nope" is not a field');
    expect(() => sortParam([])).toThrow("at least one field");
  });

  test("the run-time field list is exactly the spec's record fields", () => {
    type Missing = Exclude<PhishingField, (typeof PHISHING_FIELDS)[number]>;
    expectTypeOf<Missing>().toEqualTypeOf<never>();
    expectTypeOf<Exclude<NumericField, (typeof NUMERIC_FIELDS)[number]>>().toEqualTypeOf<never>();
    expect(new Set(PHISHING_FIELDS).size).toBe(PHISHING_FIELDS.length);
  });
});
