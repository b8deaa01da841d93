// A test kit for one API: MSW handlers built from its spec. Each handler is
// one catch-all under the API's base URL that finds the operation a request
// calls (with the client's own router), checks the request against the spec,
// then answers: from the spec's examples (the default handler), from an
// override, or with one of the API's own error answers.
import { type ApiDefinition, closestName, type LimiterStore, MemoryStore } from "@api-clients/middleware";
import { type HttpHandler, HttpResponse, http } from "msw";
import {
  type Answer,
  type AnswerContext,
  errorAnswer,
  messageAnswer,
  noAnswer,
  quotaAnswer,
  quotaExamples,
  rateLimitedAnswer,
  sourcesFor,
  successAnswer,
  successExample,
} from "./answers.js";
import type { OpenApiDocument } from "./openapi-document.js";
import { type CheckedRequest, checkRequest, type RequestCheckContext } from "./request-check.js";
import { createRouter, type Route } from "./router.js";
import { createSchemaValidator, type SchemaValidator } from "./schema-validator.js";
import { responseMedia, type SpecOperation, specOperations, statusCovers } from "./spec-operations.js";
import { type OnViolation, report, SpecViolationError } from "./spec-violation.js";
import type { OperationIdOf, OperationResolver, OperationsShape, SuccessBody } from "./types.js";

/** What an API package binds: its shipped spec and its definition (auth, error envelope, 429 reader). */
export interface TestKitSource {
  /** The bundled spec the package ships as dist/openapi.json. */
  document: object;
  definition: ApiDefinition;
  /** The binding's factory name, for messages (`createPluralKitTestKit`). */
  factory: string;
  /** How the API's client reads its `baseUrl` option (Pwnbook takes an instance's root). Default: as given. */
  baseUrl?: ((given: string | undefined) => string) | undefined;
}

export interface TestKitOptions {
  /** The `baseUrl` your code passes to the client. Default: the spec's server, as the client's default. */
  baseUrl?: string | undefined;
  /** What to do with a request the spec does not allow, besides answering it with the API's 400. Default: `"error"`. */
  onViolation?: OnViolation | undefined;
}

export interface HandlerOptions {
  /** Answer only the first matching request (MSW's `once`). Default: every one. */
  once?: boolean | undefined;
}

export interface HandleOptions extends HandlerOptions {
  /** `false` skips checking the request and the reply against the spec (for deliberately broken answers). Default: `true`. */
  validate?: boolean | undefined;
}

export interface ErrorOptions extends HandlerOptions {
  /** The error message, put where the API's error body carries it. Default: the spec example's. */
  message?: string | undefined;
}

export interface RateLimitedOptions extends ErrorOptions {
  /**
   * When the API says to retry, in ms from now, written into every hint the
   * spec declares (body field, reset header, Retry-After). Default: 10
   * minutes, longer than the client's `retry.maxRetryAfterMs` and
   * `rateLimit.maxWaitMs`, so the call fails at once with RateLimitError.
   */
  retryAfterMs?: number | undefined;
}

export interface QuotaExceededOptions extends ErrorOptions {
  /** When the quota resets. Default: when its window ends (a daily quota: the next UTC midnight). */
  resetAt?: Date | undefined;
  /** Which quota, by the API's own name (PhishStats: `daily`, `anonymous_daily`). Default: the one of the request's tier. */
  quota?: string | undefined;
}

export interface TestKit<Operations extends OperationsShape> {
  /** The API's name in its spec. */
  readonly api: string;
  /** The base URL the handlers answer under. */
  readonly baseUrl: string;
  /** The default handlers: every operation answers its first 2xx example once the request passes the spec. */
  readonly handlers: HttpHandler[];
  /** Every violation seen so far, oldest first. */
  readonly violations: readonly SpecViolationError[];
  /** A handler for one operation: your resolver's reply, typed by the spec and checked against it. */
  handle<Id extends OperationIdOf<Operations>>(
    operation: Id,
    resolver: OperationResolver<Operations[Id]>,
    options?: HandleOptions,
  ): HttpHandler;
  /** A fresh copy of the example the default handler answers `operation` with, to change in an override. */
  example<Id extends OperationIdOf<Operations>>(operation: Id): SuccessBody<Operations[Id]>;
  /** The API's own answer with `status` (its envelope and headers), for one operation or, without one, all of them. */
  error(status: number, operation?: OperationIdOf<Operations>, options?: ErrorOptions): HttpHandler;
  /** The API's 401: the client fails with UnauthorizedError and stops using the credential. */
  unauthorized(operation?: OperationIdOf<Operations>, options?: ErrorOptions): HttpHandler;
  /** The API's 403: ForbiddenError. */
  forbidden(operation?: OperationIdOf<Operations>, options?: ErrorOptions): HttpHandler;
  /** The API's 404: NotFoundError. */
  notFound(operation?: OperationIdOf<Operations>, options?: ErrorOptions): HttpHandler;
  /** The API's 429 for a rate limit, with its headers and retry hint: RateLimitError (or a retry, for a short `retryAfterMs`). */
  rateLimited(operation?: OperationIdOf<Operations>, options?: RateLimitedOptions): HttpHandler;
  /** The API's 429 for a spent quota (PhishStats' daily limits): QuotaExceededError. Throws for an API whose spec has no quota. */
  quotaExceeded(operation?: OperationIdOf<Operations>, options?: QuotaExceededOptions): HttpHandler;
  /**
   * Client options for tests: the kit's `baseUrl` and a fresh rate-limit
   * store, so that a 429 or a quota one test provokes does not pause the
   * clients of the next (the default store is shared by the whole process).
   */
  clientOptions(): { baseUrl: string; rateLimit: { store: LimiterStore } };
}

const DEFAULT_RETRY_AFTER_MS = 10 * 60 * 1000;
const VIOLATION_HEADER = "X-Api-Clients-Test-Kit";

export function createTestKit<Operations extends OperationsShape>(
  source: TestKitSource,
  options: TestKitOptions = {},
): TestKit<Operations> {
  const { definition, factory } = source;
  const document = source.document as OpenApiDocument;
  const api = definition.metadata.title;
  const baseUrl = resolveBaseUrl(source, options.baseUrl);
  const base = new URL(baseUrl);
  const operations = specOperations(document);
  const context: AnswerContext = { document, operations, definition };
  const route = createRouter(operations, base);
  const onViolation = options.onViolation ?? "error";
  const violations: SpecViolationError[] = [];
  let checks: RequestCheckContext | undefined;
  // Compiled on first use: a kit costs nothing until a request reaches it.
  const checkContext = (): RequestCheckContext =>
    (checks ??= { validator: createSchemaValidator(document), credentialQuery: credentialQueryNames(document) });

  const operationOf = (id: string | undefined, helper: string): SpecOperation | undefined => {
    if (id === undefined) return undefined;
    const operation = operations.get(id);
    if (!operation)
      throw new TypeError(`${factory}().${helper}: ${JSON.stringify(id)} is not an operation of the ${api} spec${closest(id, operations)}`);
    return operation;
  };

  function violation(kind: "request" | "response", request: Request, operationId: string | undefined, problems: string[]) {
    const error = new SpecViolationError({ api, operationId, method: request.method, url: request.url, problems, kind });
    violations.push(error);
    report(onViolation, error);
    return error;
  }

  /** The 400 a request the spec does not allow gets: the API's envelope, the violation's words as its message. */
  function violationResponse(error: SpecViolationError, operation: SpecOperation | undefined, status = 400): Response {
    const answer = messageAnswer(context, operation, status, error.summary);
    return toResponse({ ...answer, headers: { ...answer.headers, [VIOLATION_HEADER]: "spec-violation" } });
  }

  /**
   * One MSW handler under the base URL, for the operations `applies` picks:
   * the request is routed, checked, then answered by `answer` (undefined
   * leaves it to the next handler).
   */
  function handler(
    applies: (operation: SpecOperation) => boolean,
    answer: (route: Route, request: Request, checked: CheckedRequest) => Promise<Response | undefined> | Response | undefined,
    handlerOptions: HandleOptions & { fallback?: boolean } = {},
  ): HttpHandler {
    return http.all(
      `${baseUrl}/*`,
      async ({ request }) => {
        const found = route(request);
        if (found === undefined) return undefined;
        if (found === null) {
          // Only the default handlers speak for paths the spec does not have.
          if (!handlerOptions.fallback) return undefined;
          const error = violation("request", request, undefined, ["no operation of the spec has this method and path"]);
          return violationResponse(error, undefined, 404);
        }
        if (!applies(found.operation)) return undefined;
        const checked = await checkRequest(checkContext(), found.operation, request, found.pathValues);
        if (handlerOptions.validate !== false && checked.problems.length > 0) {
          return violationResponse(violation("request", request, found.operation.operationId, checked.problems), found.operation);
        }
        return answer(found, request, checked);
      },
      { once: handlerOptions.once === true },
    );
  }

  const forOperation = (operation: SpecOperation | undefined) => (candidate: SpecOperation) =>
    operation === undefined || candidate === operation;

  function statusHandler(helper: string, status: number, id: string | undefined, errorOptions: ErrorOptions = {}): HttpHandler {
    const operation = operationOf(id, helper);
    if (sourcesFor(context, operation, status).length === 0)
      throw new TypeError(`${factory}().${helper}: ${noAnswer(context, id, status)}`);
    return handler(
      forOperation(operation),
      (found, request) => toResponse(errorAnswer(context, found.operation, status, request, Date.now(), { message: errorOptions.message })),
      errorOptions,
    );
  }

  const defaultHandler = handler(
    () => true,
    (found, request) => toResponse(successAnswer(context, found.operation, request, Date.now())),
    {
      fallback: true,
    },
  );

  return {
    api,
    baseUrl,
    handlers: [defaultHandler],
    violations,
    handle(id, resolver, handleOptions = {}) {
      const operation = operationOf(id, "handle")!;
      return handler(
        forOperation(operation),
        async (found, request, checked) => {
          const reply = await resolver({
            request,
            operationId: found.operation.operationId,
            params: checked.params as never,
            query: checked.query as never,
            body: checked.body as never,
          });
          if (reply === undefined || reply instanceof Response) return reply;
          const answer: Answer = { status: reply.status, body: reply.body, headers: reply.headers ?? {} };
          if (handleOptions.validate !== false) {
            const problems = checkReply(checkContext().validator, found.operation, answer);
            if (problems.length > 0) violation("response", request, found.operation.operationId, problems);
          }
          return toResponse(answer);
        },
        handleOptions,
      );
    },
    example(id) {
      return successExample(context, operationOf(id, "example")!) as never;
    },
    error: (status, id, errorOptions) => statusHandler("error", status, id, errorOptions),
    unauthorized: (id, errorOptions) => statusHandler("unauthorized", 401, id, errorOptions),
    forbidden: (id, errorOptions) => statusHandler("forbidden", 403, id, errorOptions),
    notFound: (id, errorOptions) => statusHandler("notFound", 404, id, errorOptions),
    rateLimited(id, limitedOptions = {}) {
      const operation = operationOf(id, "rateLimited");
      if (sourcesFor(context, operation, 429).length === 0) {
        throw new TypeError(`${factory}().rateLimited: ${noAnswer(context, id, 429)}`);
      }
      const retryAfterMs = limitedOptions.retryAfterMs ?? DEFAULT_RETRY_AFTER_MS;
      return handler(
        forOperation(operation),
        (found, request) =>
          toResponse(rateLimitedAnswer(context, found.operation, request, Date.now(), { retryAfterMs, message: limitedOptions.message })),
        limitedOptions,
      );
    },
    quotaExceeded(id, quotaOptions = {}) {
      const operation = operationOf(id, "quotaExceeded");
      if (quotaExamples(context, operation, Date.now()).length === 0) {
        throw new TypeError(
          `${factory}().quotaExceeded: the ${api} spec has no quota: none of its 429 examples is one its client reads as a spent quota`,
        );
      }
      return handler(
        forOperation(operation),
        (found, request) => toResponse(quotaAnswer(context, found.operation, request, Date.now(), quotaOptions)),
        quotaOptions,
      );
    },
    clientOptions: () => ({ baseUrl, rateLimit: { store: new MemoryStore() } }),
  };
}

function resolveBaseUrl(source: TestKitSource, given: string | undefined): string {
  const { factory, definition } = source;
  const document = source.document as OpenApiDocument;
  const chosen = source.baseUrl ? source.baseUrl(given) : (given ?? definition.metadata.serverUrl ?? document.servers?.[0]?.url);
  if (!chosen) throw new TypeError(`${factory}: baseUrl is required (the spec names no server)`);
  let url: URL;
  try {
    url = new URL(chosen);
  } catch {
    throw new TypeError(`${factory}: baseUrl must be an absolute http(s) URL, got ${JSON.stringify(chosen)}`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new TypeError(`${factory}: baseUrl must be http(s), got ${chosen}`);
  return `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
}

/** An override's reply against the spec: a status the operation declares, with a body of its schema. */
function checkReply(validator: SchemaValidator, operation: SpecOperation, answer: Answer): string[] {
  const response =
    operation.responses.find((r) => r.status === String(answer.status)) ??
    operation.responses.find((r) => statusCovers(r.status, answer.status)) ??
    operation.responses.find((r) => r.status === "default");
  if (!response) return [`answers ${answer.status}, which the spec does not declare for it`];
  const media = responseMedia(response);
  if (!media) return answer.body === undefined ? [] : [`response ${answer.status} has a body, but the spec declares none`];
  if (answer.body === undefined) return [`response ${answer.status} needs a body`];
  return validator.check(media.schemaPointer, answer.body).map((problem) => `response ${answer.status} body ${problem}`);
}

function toResponse(answer: Answer): Response {
  if (answer.body === undefined) return new HttpResponse(null, { status: answer.status, headers: answer.headers });
  return HttpResponse.json(answer.body as never, { status: answer.status, headers: answer.headers });
}

/** Query parameters a security scheme reads (PhishStats' `apikey`): not the operation's, yet allowed. */
function credentialQueryNames(document: OpenApiDocument): ReadonlySet<string> {
  const schemes = Object.values<any>(document.components?.securitySchemes ?? {});
  return new Set(schemes.filter((s) => s?.type === "apiKey" && s.in === "query").map((s) => String(s.name)));
}

/** "; did you mean getSystem?" for a near miss (the middleware's rule, as for the clients' own methods). */
function closest(id: string, operations: ReadonlyMap<string, unknown>): string {
  const name = closestName(id, [...operations.keys()]);
  return name ? `; did you mean ${name}?` : "";
}
