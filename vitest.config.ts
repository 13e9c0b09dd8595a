import { defineConfig } from "vitest/config";

export default defineConfig({
  esbuild: { jsx: "automatic", jsxImportSource: "hono/jsx" },
  test: {
    include: ["test/**/*.test.{ts,tsx}"],
    // One migrated database, copied for each test desk (test/support/app.ts).
    globalSetup: ["test/support/template-database.ts"],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // Browser tests start chromium; keep them from competing with each other on 2 cores.
    fileParallelism: true,
    pool: "forks",
  },
});
