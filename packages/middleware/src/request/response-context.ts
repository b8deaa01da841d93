// Remembers, for each Response our fetch returned, how to explain it as an
// error, so that `unwrap()` can throw the right ApiError from openapi-fetch's
// `{ data, error, response }` without the caller passing anything else.
import type { ApiError } from "../errors/api-error.js";

export interface ResponseContext {
  toError(body: unknown): ApiError;
}

const contexts = new WeakMap<Response, ResponseContext>();

export const responseContext = {
  set: (response: Response, context: ResponseContext) => void contexts.set(response, context),
  get: (response: Response) => contexts.get(response),
};
