// The type of a client's named operations: one method per operationId, with
// its summary as JSDoc, typed from openapi-typescript's `operations`. Types
// only: at run time the methods come from the metadata's operation table
// (@api-clients/middleware namedOperations), so no code is emitted per
// operation. Path and query parameters share one argument object, so a name
// used by both (or a parameter called `body`) cannot be told apart: that
// fails generation, with the rule, rather than a call going wrong.
import { header } from "./generate-types.mjs";
import { operationParameters } from "./operation-parameters.mjs";
import { listOperations } from "./spec-operations.mjs";

const jsdoc = (text) => `  /** ${text.replace(/\*\//g, "*\\/").replace(/\s+/g, " ").trim()} */\n`;

/** @param {any} document bundled spec @param {string} specRelative */
export function generateNamedOperations(document, specRelative) {
  const problems = [];
  const members = listOperations(document).map(({ operationId, method, path, operation }) => {
    const parameters = operationParameters(document, path, operation);
    const pathNames = parameters.filter((p) => p.in === "path").map((p) => p.name);
    const queryNames = parameters.filter((p) => p.in === "query").map((p) => p.name);
    for (const name of pathNames.filter((n) => queryNames.includes(n))) {
      problems.push(`${operationId}: "${name}" is both a path and a query parameter`);
    }
    if ([...pathNames, ...queryNames].includes("body"))
      problems.push(`${operationId}: a parameter is called "body", the key of the request body`);
    const summary = operation.summary ?? operationId;
    return `${jsdoc(`${summary} (\`${method} ${path}\`)`)}  ${operationId}: OperationMethod<operations["${operationId}"]>;\n`;
  });
  if (problems.length > 0) {
    throw new Error(
      `${specRelative}: named calls take path and query parameters in one object, so their names must differ (rename one, or give the query parameter another name):\n  - ${problems.join("\n  - ")}`,
    );
  }
  return (
    header(specRelative) +
    'import type { OperationMethod } from "@api-clients/middleware";\n' +
    'import type { operations } from "./schema.js";\n\n' +
    '/** Every operation of the API as a method named by its operationId: `client.getSystem({ systemRef: "@me" })`. */\n' +
    `export interface NamedOperations {\n${members.join("")}}\n`
  );
}
