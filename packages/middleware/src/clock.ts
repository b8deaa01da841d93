// Wall-clock time in ms with sub-millisecond precision. Date.now() truncates
// to whole ms, and a slot freed up to 1 ms early can let the server count one
// request too many in its window; performance.now() does not truncate.
export const now = (): number => performance.timeOrigin + performance.now();
