// "Install": the npm line and the two lines that make a client.
import { clientSetupCode } from "./client-setup.mjs";

/** @param {import("./client-facts.mjs").ClientFacts} client */
export function installSection(client) {
  return `## Install

\`\`\`sh
npm i ${client.packageName}
\`\`\`

\`\`\`ts
${clientSetupCode(client)}\`\`\`

Every operation below has a TypeScript sample in two forms: by name (\`${client.variable}.<operationId>({ …parameters, body })\`) and by path (\`${client.variable}.GET("/path", { params, body })\`).`;
}
