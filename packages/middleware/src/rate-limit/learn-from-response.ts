// What an error response teaches the client before it decides anything else:
// a 401 rejects the credential (every call waiting with it stops), and a 429
// pauses every call with the credential until the server's hint.
import type { Pause } from "./limiter-store.js";
import type { ApiContext } from "../request/api-context.js";
import type { Call } from "../request/call.js";
import { readPause } from "./read-pause.js";

export interface Lesson {
  /** The pause a 429 imposed; undefined for any other status. */
  pause?: Pause | undefined;
  /** The 429's body, parsed (its hint and, for a quota, the error's details). */
  body?: unknown;
}

export async function learnFromResponse(api: ApiContext, call: Call, response: Response, now: number, fallbackMs: number): Promise<Lesson> {
  if (response.status === 401 && call.hasCredential) {
    api.rejections.reject(call.key);
    api.logger.warn(`${call.request}: 401, the ${api.definition.credentialName} is rejected; calls with it now fail without a request`);
    return {};
  }
  if (response.status !== 429) return {};
  const body = parseBody(await response.clone().text());
  const pause = readPause(api.definition, response, body, now, (message) => api.logger.warn(`${call.request}: ${message}`)) ?? {
    until: now + fallbackMs,
    kind: "rate-limit" as const,
    reason: "429 without a hint",
  };
  await api.limiter.pause(call.key, pause);
  return { pause, body };
}

function parseBody(text: string): unknown {
  try {
    return text === "" ? undefined : JSON.parse(text);
  } catch {
    return text;
  }
}
