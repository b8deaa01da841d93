// Opt-in throwing: `const system = await unwrap(pk.GET(...))` returns `data`
// or throws one ApiError subclass (status-based, or connection, timeout,
// abort, quota), so callers who prefer exceptions need no `if (error)`.
import { ApiError } from "./errors/api-error.js";
import { responseContext } from "./request/response-context.js";

export interface FetchResult<Data, Err> {
  data?: Data;
  error?: Err;
  response: Response;
}

export async function unwrap<Data, Err>(result: Promise<FetchResult<Data, Err>> | FetchResult<Data, Err>): Promise<Data> {
  const { data, error, response } = await result;
  if (response.ok) return data as Data;
  const context = responseContext.get(response);
  if (context) throw context.toError(error);
  throw new ApiError(`request failed with ${response.status}`, { status: response.status, body: error });
}
