import { describeDocumentedExamples } from "@api-clients/contract-kit";

describeDocumentedExamples("pwnbook");
