// What the kit answers, built from the spec's data: an operation's first 2xx
// example with the headers that response declares, and error answers (any
// status, 429 and spent quotas included) in the API's own envelope and
// headers. Nothing here is written per API.
import type { ApiDefinition } from "@api-clients/middleware";
import { restatus, setField, statusInside, withDates, withMessage, withName } from "./error-bodies.js";
import { cloneJson, deref, type OpenApiDocument } from "./openapi-document.js";
import { formatReset, isQuotaWindow, nextWindowEnd, windowsFor } from "./rate-limit-data.js";
import { responseExamples, responseMedia, type SpecOperation, type SpecResponse, statusCovers } from "./spec-operations.js";

export interface Answer {
  status: number;
  body: unknown;
  headers: Record<string, string>;
}

export interface AnswerContext {
  document: OpenApiDocument;
  operations: ReadonlyMap<string, SpecOperation>;
  definition: ApiDefinition;
}

const isSuccess = (status: string) => /^2(\d\d|XX)$/i.test(status);

/** The first 2xx response an operation declares (the one the default handler answers with). */
export function successResponse(operation: SpecOperation): SpecResponse {
  const response = operation.responses.find((r) => isSuccess(r.status));
  if (!response) throw new TypeError(`${operation.operationId} declares no 2xx response`);
  return response;
}

/** The first example of the operation's first 2xx response (a fresh copy). */
export function successExample(context: AnswerContext, operation: SpecOperation): unknown {
  const response = successResponse(operation);
  const [example] = responseExamples(context.document, response);
  if (example === undefined && responseMedia(response)) {
    throw new TypeError(`${operation.operationId}: its ${response.status} response has a body but no example to answer with`);
  }
  return cloneJson(example);
}

export function successAnswer(context: AnswerContext, operation: SpecOperation, request: Request, now: number): Answer {
  const response = successResponse(operation);
  return {
    status: numericStatus(response.status),
    body: successExample(context, operation),
    headers: declaredHeaders(context, response, operation, request, { remaining: undefined, resetAt: undefined }, now),
  };
}

/** How the answer to `status` is found when the operation itself does not declare it. */
type Source = { response: SpecResponse; operation: SpecOperation };

/**
 * Where an operation's answer with `status` comes from: its own response for
 * that status, range (4XX) or default; else the same from any operation of
 * the spec (an API answers 401 or 429 alike everywhere). Empty when the
 * spec has no answer for that status at all.
 */
export function sourcesFor(context: AnswerContext, operation: SpecOperation | undefined, status: number): Source[] {
  const sources: Source[] = [];
  const everyOperation = [...context.operations.values()];
  for (const scope of operation ? [[operation], everyOperation] : [everyOperation]) {
    for (const covers of [
      (d: string) => d === String(status),
      (d: string) => statusCovers(d, status) && d !== String(status),
      (d: string) => d === "default",
    ]) {
      for (const op of scope) for (const response of op.responses) if (covers(response.status)) sources.push({ response, operation: op });
    }
  }
  return sources;
}

export interface ErrorAnswerOptions {
  /** The message, put where the API's error reader finds it. Default: the spec example's. */
  message?: string | undefined;
  /** Chooses among candidate example bodies (e.g. a quota's, not a burst's); `undefined` to try the next source. */
  choose?: ((examples: unknown[]) => unknown) | undefined;
  /** Headers the rate-limit names of the spec carry: remaining and reset. */
  rateLimit?: { remaining: number; resetAt: number } | undefined;
}

export function errorAnswer(
  context: AnswerContext,
  operation: SpecOperation,
  status: number,
  request: Request,
  now: number,
  options: ErrorAnswerOptions = {},
): Answer {
  const sources = sourcesFor(context, operation, status);
  if (sources.length === 0) throw new TypeError(noAnswer(context, operation.operationId, status));
  let chosen: { source: Source; body: unknown } | undefined;
  for (const source of sources) {
    const examples = responseExamples(context.document, source.response);
    const hasBody = !!responseMedia(source.response);
    if (options.choose) {
      const body = options.choose(examples);
      if (body !== undefined) {
        chosen = { source, body };
        break;
      }
      continue;
    }
    if (!hasBody || examples.length > 0) {
      chosen = { source, body: examples[0] };
      break;
    }
  }
  if (!chosen) throw new TypeError(noAnswer(context, operation.operationId, status, options.choose !== undefined));
  const { source } = chosen;
  let body = chosen.body === undefined ? undefined : restatus(chosen.body, statusInside(chosen.body, source.response.status), status);
  if (options.message !== undefined && body !== undefined) body = withMessage(context.definition, body, options.message)?.body ?? body;
  return {
    status,
    body,
    headers: declaredHeaders(
      context,
      source.response,
      operation,
      request,
      options.rateLimit ?? { remaining: undefined, resetAt: undefined },
      now,
    ),
  };
}

/** A violation's 400: the API's own envelope whose message the client's error reader returns as is. */
export function messageAnswer(context: AnswerContext, operation: SpecOperation | undefined, status: number, message: string): Answer {
  let fallback: unknown;
  for (const { response } of sourcesFor(context, operation, status)) {
    for (const example of responseExamples(context.document, response)) {
      const body = restatus(example, statusInside(example, response.status), status);
      const set = withMessage(context.definition, body, message);
      if (set?.exact) return { status, body: set.body, headers: {} };
      fallback ??= set?.body;
    }
  }
  return { status, body: fallback ?? { message }, headers: {} };
}

export function noAnswer(context: AnswerContext, operationId: string | undefined, status: number, chosen = false): string {
  const api = context.definition.metadata.title;
  const what = chosen ? `no ${status} example of that kind` : `no ${status} answer`;
  return operationId ? `${operationId}: the ${api} spec declares ${what} for it or any operation` : `the ${api} spec declares ${what}`;
}

/**
 * The headers a response declares, each with its example value, except the
 * rate-limit headers `x-rate-limits.headers` names: those say what is true
 * now (limit of the window that applies, remaining, reset from now).
 */
function declaredHeaders(
  context: AnswerContext,
  response: SpecResponse,
  operation: SpecOperation,
  request: Request,
  live: { remaining: number | undefined; resetAt: number | undefined },
  now: number,
): Record<string, string> {
  const headers: Record<string, string> = {};
  const names = context.definition.metadata.rateLimits?.headers;
  const windows = windowsFor(context.definition, request, operation.operationId);
  const window = windows.find((w) => w.limit !== undefined) ?? windows[0];
  for (const [name, node] of Object.entries<any>(response.response.headers ?? {})) {
    const header = deref(context.document, node, `${response.pointer}/headers/${name}`).node;
    const example = header?.example ?? header?.schema?.example ?? Object.values<any>(header?.examples ?? {})[0]?.value;
    const lower = name.toLowerCase();
    if (names && lower === names.limit?.toLowerCase()) {
      const limit = window?.limit ?? example;
      if (limit !== undefined) headers[name] = String(limit);
    } else if (names && lower === names.remaining.toLowerCase()) {
      const limit = Number(window?.limit ?? example ?? 1);
      headers[name] = String(live.remaining ?? (Number(example) > 0 ? Number(example) : limit));
    } else if (names && lower === names.reset.toLowerCase()) {
      headers[name] = formatReset(live.resetAt ?? now + (window?.windowSeconds ?? 60) * 1000, names.resetUnit, now);
    } else if (names?.scope && lower === names.scope.toLowerCase()) {
      const scope = window?.id ?? example;
      if (scope !== undefined) headers[name] = String(scope);
    } else if (lower === "retry-after" && live.resetAt !== undefined) {
      headers[name] = String(Math.max(0, Math.ceil((live.resetAt - now) / 1000)));
    } else if (example !== undefined) {
      headers[name] = String(example);
    }
  }
  return headers;
}

export interface RateLimitedOptions {
  retryAfterMs: number;
  message?: string | undefined;
}

/**
 * A 429 for going over a rate limit (not a quota), as the API sends it: its
 * body, with the retry hint the spec says where (`x-rate-limits.retryAfterBody`),
 * and its headers (remaining 0, reset when the hint says). An API whose spec
 * names no hint at all gets the standard Retry-After (RFC 6585 §4), so the
 * client's reaction is the same on every run.
 */
export function rateLimitedAnswer(
  context: AnswerContext,
  operation: SpecOperation,
  request: Request,
  now: number,
  options: RateLimitedOptions,
) {
  const { definition } = context;
  const resetAt = now + options.retryAfterMs;
  const answer = errorAnswer(context, operation, 429, request, now, {
    message: options.message,
    choose: (examples) => examples.find((body) => definition.rateLimitPause?.(body, now)?.kind !== "quota"),
    rateLimit: { remaining: 0, resetAt },
  });
  const limits = definition.metadata.rateLimits;
  let { body } = answer;
  if (body !== undefined && limits?.retryAfterBody)
    body = setField(body, limits.retryAfterBody.field, hintValue(limits.retryAfterBody.unit, resetAt, now));
  const windows = limits?.windows ?? [];
  body = withName(
    body,
    windows.map((w) => w.id),
    windowsFor(definition, request, operation.operationId)[0]?.id,
  );
  const hinted = !!limits?.retryAfterBody || Object.keys(answer.headers).some((h) => isHint(h, limits?.headers?.reset));
  const headers = hinted ? answer.headers : { ...answer.headers, "Retry-After": String(Math.ceil(options.retryAfterMs / 1000)) };
  return { ...answer, body, headers };
}

export interface QuotaOptions {
  resetAt?: Date | undefined;
  /** Which quota, by the API's own name for it (`daily`, `anonymous_daily`). Default: the one the request's tier has. */
  quota?: string | undefined;
  message?: string | undefined;
}

/** Whether the spec has a 429 that the client reads as a spent quota (PhishStats' daily limits). */
export function quotaExamples(context: AnswerContext, operation: SpecOperation | undefined, now: number): unknown[] {
  return sourcesFor(context, operation, 429).flatMap(({ response }) =>
    responseExamples(context.document, response).filter((body) => context.definition.rateLimitPause?.(body, now)?.kind === "quota"),
  );
}

/** A 429 for a spent quota, as the API sends it, with its reset time in the body: the client fails with QuotaExceededError. */
export function quotaAnswer(context: AnswerContext, operation: SpecOperation, request: Request, now: number, options: QuotaOptions) {
  const { definition } = context;
  const reasonOf = (body: unknown) => definition.rateLimitPause?.(body, now)?.reason;
  const quotaWindows = windowsFor(definition, request, operation.operationId).filter(isQuotaWindow);
  const fits = (reason: string | undefined) =>
    quotaWindows.find((w) => reason !== undefined && (w.id === reason || w.id.endsWith(`_${reason}`)));
  const choose = (examples: unknown[]) => {
    const quotas = examples.filter((body) => definition.rateLimitPause?.(body, now)?.kind === "quota");
    if (options.quota !== undefined) return quotas.find((body) => reasonOf(body) === options.quota);
    return (
      quotas.find((body) => quotaWindows.some((w) => w.id === reasonOf(body))) ?? quotas.find((body) => fits(reasonOf(body))) ?? quotas[0]
    );
  };
  // The reset: as asked, else when the quota's window (epoch-aligned: a UTC day) ends.
  const probe = errorAnswer(context, operation, 429, request, now, { choose });
  const window = fits(reasonOf(probe.body)) ?? quotaWindows[0];
  const resetAt = options.resetAt?.getTime() ?? (window ? nextWindowEnd(window, now) : now + 86_400_000);
  const answer = errorAnswer(context, operation, 429, request, now, {
    choose,
    message: options.message,
    rateLimit: { remaining: 0, resetAt },
  });
  return { ...answer, body: withDates(answer.body, new Date(resetAt)) };
}

function hintValue(unit: string, resetAt: number, now: number): unknown {
  switch (unit) {
    case "seconds":
      return Math.ceil((resetAt - now) / 1000);
    case "milliseconds":
      return Math.ceil(resetAt - now);
    case "epoch-seconds":
      return Math.ceil(resetAt / 1000);
    case "http-date":
      return new Date(resetAt).toUTCString();
    default:
      return new Date(resetAt).toISOString();
  }
}

const isHint = (header: string, reset: string | undefined) =>
  header.toLowerCase() === "retry-after" || (reset !== undefined && header.toLowerCase() === reset.toLowerCase());

export const numericStatus = (status: string) => (/^\d{3}$/.test(status) ? Number(status) : Number(`${status[0]}00`));
