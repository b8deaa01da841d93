// openapi-fetch ships only a default export. Our CommonJS build imports
// CommonJS modules the way Node does (esbuild's node-mode interop), so there
// `default` is the whole exports object and the functions hang off it.
// Found by the consumer test (scripts/consumer-test), which requires the packed CJS build.
import * as openapiFetch from "openapi-fetch";

type CreateClient = typeof openapiFetch.default;
type Exports = { default: CreateClient; createQuerySerializer: typeof openapiFetch.createQuerySerializer };
const imported = openapiFetch as unknown as Exports | { default: Exports };
const module: Exports = typeof imported.default === "function" ? (imported as Exports) : (imported.default as Exports);

export const createClient: CreateClient = module.default;
export const createQuerySerializer: Exports["createQuerySerializer"] = module.createQuerySerializer;
