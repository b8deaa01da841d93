// Every operation by name (n of n), over real HTTP against Prism.
import { describeNamedOperations } from "@api-clients/contract-kit";
import { apiMetadata } from "../../src/index.js";
import { mockClient, recorder, spec } from "./harness.js";

describeNamedOperations({ spec, calls: recorder.calls, client: () => mockClient(), int64Fields: apiMetadata.int64Fields ?? [] });
