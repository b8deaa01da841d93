// openapi-fetch ships only a default export. Our CommonJS build imports
// CommonJS modules the way Node does (esbuild's node-mode interop), so there
// `default` is the whole exports object and the function is its `default`.
// Found by the consumer test (scripts/consumer-test), which requires the packed CJS build.
import * as openapiFetch from "openapi-fetch";

type CreateClient = typeof openapiFetch.default;
const imported = openapiFetch.default as CreateClient | { default: CreateClient };

export const createClient: CreateClient = typeof imported === "function" ? imported : imported.default;
