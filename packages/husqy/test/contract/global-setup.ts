import { prismGlobalSetup } from "@api-clients/contract-kit/global-setup";

export default prismGlobalSetup("husqy");
