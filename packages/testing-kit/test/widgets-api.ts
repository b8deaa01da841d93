// A small API to test the kit on its own: a spec with the shapes the real
// ones have (a server base path, literal and templated paths, a required
// query parameter, an array query parameter, a JSON body, an error envelope,
// x-rate-limits with headers and a body hint, a burst and a quota 429, a 204).
import type { ApiDefinition, ApiMetadata } from "@api-clients/middleware";

const error = { $ref: "#/components/schemas/Error" };
const errorResponse = (description: string, examples: Record<string, unknown>, headers?: object) => ({
  description,
  ...(headers ? { headers } : {}),
  content: {
    "application/json": { schema: error, examples: Object.fromEntries(Object.entries(examples).map(([k, v]) => [k, { value: v }])) },
  },
});

export const widgetsDocument = {
  openapi: "3.1.0",
  info: { title: "Widgets API", version: "1.0" },
  servers: [{ url: "https://api.widgets.example/v1" }],
  "x-rate-limits": {
    windows: [
      { id: "reads", algorithm: "gcra", limit: 10, windowSeconds: 1, per: "credential", appliesTo: { methods: ["GET"] } },
      { id: "writes", algorithm: "gcra", limit: 3, windowSeconds: 1, per: "credential", appliesTo: { methods: ["POST", "DELETE"] } },
      { id: "daily", algorithm: "fixed-window", limit: 1000, windowSeconds: 86400, per: "credential" },
    ],
    headers: { limit: "X-RateLimit-Limit", remaining: "X-RateLimit-Remaining", reset: "X-RateLimit-Reset", resetUnit: "epoch-seconds" },
    retryAfterBody: { field: "retry_after", unit: "milliseconds" },
  } as const,
  paths: {
    "/widgets": {
      get: {
        operationId: "listWidgets",
        parameters: [
          { name: "shop", in: "query", required: true, schema: { type: "integer", minimum: 1 } },
          { name: "tags", in: "query", schema: { type: "array", items: { type: "string", enum: ["red", "blue"] } } },
          { name: "limit", in: "query", schema: { type: "integer", maximum: 100 } },
        ],
        responses: {
          "200": {
            description: "Widgets.",
            headers: {
              "X-RateLimit-Limit": { schema: { type: "integer" }, example: 10 },
              "X-RateLimit-Remaining": { schema: { type: "integer" }, example: 9 },
              "X-RateLimit-Reset": { schema: { type: "integer" }, example: 1700000000 },
              "X-Request-Id": { schema: { type: "string" }, example: "req_1" },
            },
            content: {
              "application/json": {
                schema: { type: "array", items: { $ref: "#/components/schemas/Widget" } },
                examples: {
                  two: {
                    value: [
                      { id: "w1", name: "Sprocket", size: 3 },
                      { id: "w2", name: "Cog", size: null },
                    ],
                  },
                },
              },
            },
          },
          "429": { $ref: "#/components/responses/TooManyRequests" },
        },
      },
      post: {
        operationId: "createWidget",
        requestBody: {
          required: true,
          content: { "application/json": { schema: { $ref: "#/components/schemas/WidgetCreate" } } },
        },
        responses: {
          "201": {
            description: "Created.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/Widget" },
                examples: { made: { $ref: "#/components/examples/Made" } },
              },
            },
          },
          "400": errorResponse("Invalid.", { invalid: { message: "name is too long", code: "INVALID" } }),
          "429": { $ref: "#/components/responses/TooManyRequests" },
        },
      },
    },
    "/widgets/featured": {
      get: {
        operationId: "getFeaturedWidget",
        responses: {
          "200": {
            description: "The featured widget.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/Widget" },
                examples: { featured: { $ref: "#/components/examples/Made" } },
              },
            },
          },
        },
      },
    },
    "/widgets/{widgetId}": {
      parameters: [{ $ref: "#/components/parameters/WidgetId" }],
      get: {
        operationId: "getWidget",
        responses: {
          "200": {
            description: "The widget.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/Widget" },
                examples: { one: { value: { id: "w1", name: "Sprocket", size: 3 } } },
              },
            },
          },
          "404": errorResponse("No such widget.", { missing: { message: "Widget not found", code: "NOT_FOUND" } }),
          "4XX": errorResponse("Any other client error.", { other: { message: "Conflict", code: "CONFLICT", status: 409 } }),
        },
      },
      delete: {
        operationId: "deleteWidget",
        parameters: [{ name: "X-Confirm", in: "header", required: true, schema: { type: "string", enum: ["yes"] } }],
        responses: { "204": { description: "Deleted." }, "401": { $ref: "#/components/responses/Unauthorized" } },
      },
    },
  },
  components: {
    parameters: { WidgetId: { name: "widgetId", in: "path", required: true, schema: { type: "string", pattern: "^w\\d+$" } } },
    examples: { Made: { value: { id: "w9", name: "Gear", size: 1 } } },
    schemas: {
      Error: { type: "object", required: ["message"], properties: { message: { type: "string" }, code: { type: "string" } } },
      Widget: {
        type: "object",
        required: ["id", "name"],
        properties: { id: { type: "string" }, name: { type: "string" }, size: { type: ["integer", "null"] } },
      },
      WidgetCreate: {
        type: "object",
        required: ["name"],
        additionalProperties: false,
        properties: { name: { type: "string", maxLength: 20 }, size: { type: ["integer", "null"], minimum: 0 } },
      },
    },
    responses: {
      Unauthorized: errorResponse("No key.", { noKey: { message: "Missing API key", code: "UNAUTHORIZED" } }),
      TooManyRequests: errorResponse(
        "Over a limit.",
        {
          burst: { message: "Slow down", code: "RATE_LIMITED", retry_after: 250, scope: "writes" },
          daily: { message: "Daily quota spent", code: "QUOTA", quota: "daily", resets_at: "2020-01-01T00:00:00Z" },
        },
        {
          "X-RateLimit-Limit": { schema: { type: "integer" }, example: 10 },
          "X-RateLimit-Remaining": { schema: { type: "integer" }, example: 0 },
          "X-RateLimit-Reset": { schema: { type: "integer" }, example: 1700000000 },
        },
      ),
    },
  },
};

/** An operation of the widgets API: every one needs the key, none is paginated, tagged or deprecated. */
const operation = <M extends string, P extends string>(method: M, path: P) =>
  ({ method, path, tag: null, deprecated: false, permissions: [], anonymous: false, pagination: null, query: [] }) as const;

const metadata = {
  api: "widgets",
  title: "Widgets API",
  version: "1.0",
  serverUrl: "https://api.widgets.example/v1",
  rateLimits: widgetsDocument["x-rate-limits"],
  operations: {
    listWidgets: operation("GET", "/widgets"),
    createWidget: operation("POST", "/widgets"),
    getFeaturedWidget: operation("GET", "/widgets/featured"),
    getWidget: operation("GET", "/widgets/{widgetId}"),
    deleteWidget: operation("DELETE", "/widgets/{widgetId}"),
  },
} as const satisfies ApiMetadata;

export const widgetsDefinition = {
  metadata,
  auth: { type: "header", header: "X-Key" },
  credentialName: "apiKey",
  defaultUserAgent: "widgets-test",
  parseError(body) {
    const { message, code } = (body ?? {}) as { message?: unknown; code?: unknown };
    return { code: typeof code === "string" ? code : undefined, message: typeof message === "string" ? message : undefined };
  },
  rateLimitPause(body, now) {
    const { quota, resets_at } = (body ?? {}) as { quota?: unknown; resets_at?: unknown };
    if (typeof quota !== "string") return undefined;
    const until = typeof resets_at === "string" ? Date.parse(resets_at) : Number.NaN;
    return { kind: "quota", reason: quota, until: until > now ? until : now + 86_400_000 };
  },
} as const satisfies ApiDefinition;

type Widget = { id: string; name: string; size?: number | null };
type ErrorBody = { message: string; code?: string };
/** What openapi-typescript would generate for the spec above. */
export interface WidgetOperations {
  listWidgets: {
    parameters: { query: { shop: number; tags?: ("red" | "blue")[]; limit?: number }; header?: never; path?: never; cookie?: never };
    requestBody?: never;
    responses: {
      200: { headers: { [name: string]: unknown }; content: { "application/json": Widget[] } };
      429: { headers: { [name: string]: unknown }; content: { "application/json": ErrorBody } };
    };
  };
  createWidget: {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    requestBody: { content: { "application/json": { name: string; size?: number | null } } };
    responses: {
      201: { headers: { [name: string]: unknown }; content: { "application/json": Widget } };
      400: { headers: { [name: string]: unknown }; content: { "application/json": ErrorBody } };
      429: { headers: { [name: string]: unknown }; content: { "application/json": ErrorBody } };
    };
  };
  getFeaturedWidget: {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    requestBody?: never;
    responses: { 200: { headers: { [name: string]: unknown }; content: { "application/json": Widget } } };
  };
  getWidget: {
    parameters: { query?: never; header?: never; path: { widgetId: string }; cookie?: never };
    requestBody?: never;
    responses: {
      200: { headers: { [name: string]: unknown }; content: { "application/json": Widget } };
      404: { headers: { [name: string]: unknown }; content: { "application/json": ErrorBody } };
      "4XX": { headers: { [name: string]: unknown }; content: { "application/json": ErrorBody } };
    };
  };
  deleteWidget: {
    parameters: { query?: never; header: { "X-Confirm": "yes" }; path: { widgetId: string }; cookie?: never };
    requestBody?: never;
    responses: {
      204: { headers: { [name: string]: unknown }; content?: never };
      401: { headers: { [name: string]: unknown }; content: { "application/json": ErrorBody } };
    };
  };
}
