import { describe, expect, test } from "vitest";
import { createOperationMatcher, uncoveredOperations, type OpenApiDocument } from "../src/index.js";

const document: OpenApiDocument = {
  paths: {
    "/systems/{systemRef}": { get: { operationId: "getSystem" }, patch: { operationId: "updateSystem" } },
    "/systems/@me/autoproxy": { get: { operationId: "getAutoproxy" } },
    "/systems/{systemRef}/{thing}": { get: { operationId: "getThing" } },
  },
};

describe("createOperationMatcher", () => {
  const match = createOperationMatcher(document);
  test("matches a templated path by method", () => {
    expect(match("GET", "/systems/abcde")?.operationId).toBe("getSystem");
    expect(match("patch", "/systems/abcde")?.operationId).toBe("updateSystem");
  });
  test("prefers literal segments over templates", () => {
    expect(match("GET", "/systems/@me/autoproxy")?.operationId).toBe("getAutoproxy");
    expect(match("GET", "/systems/abcde/autoproxy")?.operationId).toBe("getThing");
  });
  test("decodes segments before comparing literals", () => {
    expect(match("GET", "/systems/%40me/autoproxy")?.operationId).toBe("getAutoproxy");
  });
  test("answers undefined for an unknown method or path", () => {
    expect(match("DELETE", "/systems/abcde")).toBeUndefined();
    expect(match("GET", "/members/abcde")).toBeUndefined();
  });
});

describe("uncoveredOperations", () => {
  test("lists operations with no 2xx call", () => {
    const call = (operationId: string, status: number) =>
      ({ operationId, status, method: "GET", path: "", url: "", requestHeaders: new Headers(), body: undefined }) as const;
    expect(uncoveredOperations(document, [call("getSystem", 200), call("updateSystem", 404)])).toEqual([
      "updateSystem",
      "getAutoproxy",
      "getThing",
    ]);
  });
});
