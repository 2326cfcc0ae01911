// `pnpm bench`: benchmarks compare against a baseline measured in the same run,
// because shared machines are too noisy for absolute numbers to mean much.
import { defineConfig, mergeConfig } from "vitest/config";
import base from "./vitest.config.ts";

export default mergeConfig(
  { ...base, test: { ...base.test, projects: undefined } },
  defineConfig({ test: { benchmark: { include: ["test/bench/**/*.bench.ts"] } } }),
);
