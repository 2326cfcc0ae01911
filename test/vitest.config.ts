// Every test in the repository: integration (real libSQL file + real app), browser
// (real Chromium against a real server), and the Workers smoke test.
import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

// graphql 16 ships CommonJS and ESM side by side. Node loads Yoga's copy as CommonJS
// while Vite would hand our source the ESM file: two GraphQLError classes, and our
// typed errors would be masked. Point every import at the one Node uses.
const graphqlEntry = createRequire(new URL("../api/package.json", import.meta.url)).resolve("graphql");

export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlEntry }] },
  test: {
    root: "..",
    globalSetup: ["test/support/global-setup.ts"],
    setupFiles: ["test/support/fail-on-console-error.ts"],
    pool: "forks",
    testTimeout: 30_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: "integration",
          include: [
            "test/integration/**/*.test.ts",
            "test/security/**/*.test.ts",
            "api/src/**/*.test.ts",
            "db/src/**/*.test.ts",
            "web/src/**/*.test.ts",
          ],
        },
      },
      { extends: true, test: { name: "browser", include: ["test/e2e/**/*.test.ts"], fileParallelism: false } },
      { extends: true, test: { name: "workers", include: ["test/workers/**/*.test.ts"], testTimeout: 240_000 } },
    ],
  },
});
