// Drives one call far past its limit: `concurrency` callers, each sending
// again as soon as its last call is answered, until `until` (epoch ms).
export async function drive(call: () => Promise<number>, until: number, concurrency = 32): Promise<Record<number, number>> {
  const statuses: Record<number, number> = {};
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < until) {
        const status = await call().catch(() => 0);
        statuses[status] = (statuses[status] ?? 0) + 1;
      }
    }),
  );
  return statuses;
}
