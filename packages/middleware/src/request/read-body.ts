// Reads a response's body inside its attempt: the per-attempt timeout (or the
// caller's abort) covers it, a stream that breaks off becomes a typed error
// here rather than inside the caller's parse, and an error body is read only
// up to a cap. The read also ends on abort when the stream itself would not
// (a caller's own fetch need not tie its body to the signal).

export interface BodyRead {
  /** The bytes read; null when the response has no body. */
  bytes: Uint8Array | null;
  /** True when the body was longer than the limit and was cut there. */
  truncated: boolean;
}

export async function readBody(response: Response, limit: number, signal: AbortSignal | undefined): Promise<BodyRead> {
  if (response.body === null) return { bytes: null, truncated: false };
  const reader = response.body.getReader();
  const onAbort = () => void reader.cancel(signal?.reason).catch(() => {});
  signal?.addEventListener("abort", onAbort, { once: true });
  const chunks: Uint8Array[] = [];
  let size = 0;
  let truncated = false;
  try {
    for (;;) {
      if (signal?.aborted) throw signal.reason;
      const { done, value } = await reader.read();
      if (done) break;
      if (size + value.byteLength > limit) {
        chunks.push(value.subarray(0, limit - size));
        size = limit;
        truncated = true;
        await reader.cancel().catch(() => {});
        break;
      }
      chunks.push(value);
      size += value.byteLength;
    }
    // A cancel on abort ends the read as if the body were complete: it was not.
    if (signal?.aborted) throw signal.reason;
  } finally {
    signal?.removeEventListener("abort", onAbort);
  }
  return { bytes: chunks.length === 1 ? chunks[0]! : concat(chunks, size), truncated };
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
