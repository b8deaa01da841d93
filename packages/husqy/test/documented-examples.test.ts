import { describeDocumentedExamples } from "@api-clients/contract-kit";

describeDocumentedExamples("husqy");
