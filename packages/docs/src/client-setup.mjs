// The import and the line that makes a client, as every sample starts:
// the credential comes from the environment, never written in code.
import { Raw, printValue } from "./print-code.mjs";

/** @param {import("./client-facts.mjs").ClientFacts} client */
export function clientSetupCode(client) {
  const options = { [client.credentialOption]: new Raw(`process.env.${client.credentialEnv}`) };
  return `import { ${client.factory} } from "${client.packageName}";\n\nconst ${client.variable} = ${client.factory}(${printValue(options)});\n`;
}
