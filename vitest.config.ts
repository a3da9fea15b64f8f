import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // Those need a redis-server: `npm run test:redis` (vitest.redis.config.ts) runs them.
    exclude: ["tests/redis/**", "node_modules/**"],
    testTimeout: 15_000,
    hookTimeout: 15_000,
  },
});
