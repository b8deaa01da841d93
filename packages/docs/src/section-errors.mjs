// "Errors": the middleware's error classes that this package exports (what a
// user can import and test with `instanceof`), and when each is thrown.
import { code } from "./markdown.mjs";
import { printCall } from "./print-code.mjs";

/**
 * @param {import("./client-facts.mjs").ClientFacts} client
 * @param {{ name: string, summary: string }[]} errors from readMiddlewareErrors()
 * @param {{ callee: string, args: unknown[] }} call one operation's call, for the example
 */
export function errorsSection(client, errors, call) {
  const exported = errors.filter(({ name }) => client.exportedNames.has(name));
  const example = exported.find(({ name }) => name === "NotFoundError") ?? exported.find(({ name }) => name !== "ApiError");
  return `## Errors

A call returns \`{ data, error, response }\`: an error answer is in \`error\`, typed from the spec. \`unwrap(call)\` returns \`data\` or throws one of the classes below; a call that gets no answer (no connection, a timeout, an abort, a spent quota, a missing or rejected credential) throws one of them itself. Import them from ${code(client.packageName)}:

${exported.map(({ name, summary }) => `- ${code(name)}: ${summary}`).join("\n")}
${
  example
    ? `
\`\`\`ts
import { ${example.name}, unwrap } from "${client.packageName}";

try {
  ${printCall(call.callee, call.args, "const data = await unwrap(", ");").replace(/\n/g, "\n  ")}
} catch (error) {
  if (error instanceof ${example.name}) console.log(error.status, error.code, error.message);
  else throw error;
}
\`\`\`
`
    : ""
}`;
}
