// Achieved ÷ allowed, from when the server admitted each request. A limit of
// `limit` per `periodMs` allows request i + limit no sooner than one period
// after request i (sustained, whatever the algorithm), so the run's rate is
// `limit` over the mean of those gaps, which does not depend on where a run
// starts or stops against the server's windows. The first `skipMs` (the burst
// an idle bucket or an empty window lets through at once) is left out.
export function utilisation(admittedAt: number[], limit: number, periodMs: number, skipMs: number): number {
  const sorted = [...admittedAt].sort((a, b) => a - b);
  const steady = sorted.filter((t) => t > sorted[0]! + skipMs);
  let sum = 0;
  let n = 0;
  for (let i = 0; i + limit < steady.length; i++, n++) sum += steady[i + limit]! - steady[i]!;
  return periodMs / (sum / n);
}
