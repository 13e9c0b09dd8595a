import { defineConfig } from "vitest/config";

export default defineConfig({
  esbuild: { jsx: "automatic", jsxImportSource: "hono/jsx" },
  test: {
    include: ["test/**/*.test.{ts,tsx}"],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // Browser tests start chromium; keep them from competing with each other on 2 cores.
    fileParallelism: true,
    pool: "forks",
  },
});
