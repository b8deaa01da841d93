import { ApiError } from "@api-clients/middleware";

/** Redis could not be reached and the store was told to fail closed (`onUnavailable: "fail"`): the request was not sent. */
export class StoreUnavailableError extends ApiError {
  override name = "StoreUnavailableError";
}
