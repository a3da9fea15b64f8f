import { defineConfig } from "vitest/config";

/** `npm run test:redis`: the tests that need a real redis-server (Debian's package) on PATH. */
export default defineConfig({
  test: {
    include: ["tests/redis/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
