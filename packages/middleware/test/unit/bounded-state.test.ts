// Limiter state is kept only while a credential is active: a process that
// makes a client per user (or rotates tokens) must not keep an entry for every
// credential it ever saw.
import { expect, test } from "vitest";
import { MemoryStore } from "../../src/index.js";
import { json, scriptedFetch } from "../helpers/scripted-fetch.js";
import { testClient } from "../helpers/test-api.js";

test("10,000 credentials, each used once: once their windows pass, the store holds none of them", { timeout: 90_000 }, async () => {
  const store = new MemoryStore();
  const { fetch } = scriptedFetch(json(200, { id: "x" }));
  const windows = [
    { id: "s", algorithm: "sliding-window" as const, limit: 5, windowSeconds: 0.05, per: "credential" as const },
    { id: "g", algorithm: "gcra" as const, limit: 10, windowSeconds: 0.05, burst: 9, per: "credential" as const },
  ];
  for (let batch = 0; batch < 10; batch++) {
    await Promise.all(
      Array.from({ length: 1000 }, (_, i) =>
        testClient({ token: `user-token-${batch}-${i}`, fetch, rateLimit: { windows, store } }).GET("/items/{itemId}", {
          params: { path: { itemId: "a" } },
        }),
      ),
    );
  }
  expect(store.size).toBeGreaterThan(0);
  // Past every window and the sweep interval, one more call sweeps the idle keys.
  await new Promise((r) => setTimeout(r, 1300));
  await testClient({ token: "last-token", fetch, rateLimit: { windows, store } }).GET("/items/{itemId}", {
    params: { path: { itemId: "a" } },
  });
  expect(store.size).toBeLessThanOrEqual(1);
});

test("a store that only counts another store's grants (Redis's mirror) forgets them too, and keeps no finished request past its window", () => {
  const store = new MemoryStore();
  const sliding = [{ id: "s", algorithm: "sliding-window" as const, limit: 100, windowMs: 50 }];
  let now = 1_000_000;
  for (let n = 0; n < 10_000; n++) {
    now += 1;
    store.count(`key-${n}`, sliding, now, 5, `lease-${n}`);
    store.complete(`key-${n}`, `lease-${n}`, sliding, now);
  }
  // Seconds later, one more count: every earlier key is idle and swept.
  now += 5_000;
  store.count("key-last", sliding, now, 5, "lease-last");
  expect(store.size).toBe(1);
});
