// Our own timings of a file's benches, from tinybench's measured runs only
// (vitest bench prints p75/p99/p995, not p95), handed over once every bench in
// the file has run, so the file can print its summary next to its baseline.
import { bench } from "vitest";

export interface BenchOptions {
  time: number;
  iterations: number;
  warmupTime: number;
  warmupIterations: number;
  /** A failing request fails the run rather than becoming a silent NaN. */
  throws: boolean;
}

export interface BenchStats {
  name: string;
  count: number;
  mean: number;
  p95: number;
  p99: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;

/** A `measured(name, fn)` that declares a bench; `summarise` gets every bench's figures, in declaration order. */
export function benchSamples(options: BenchOptions, summarise: (stats: BenchStats[]) => void) {
  const samples = new Map<string, number[]>();
  const finished = new Set<string>();
  const stats = () =>
    [...samples].map(([name, durations]) => {
      const sorted = [...durations].sort((a, b) => a - b);
      const mean = sorted.reduce((sum, d) => sum + d, 0) / sorted.length;
      return { name, count: sorted.length, mean, p95: percentile(sorted, 0.95), p99: percentile(sorted, 0.99) };
    });
  return function measured(name: string, fn: () => Promise<unknown>) {
    const durations: number[] = [];
    samples.set(name, durations);
    let isRecording = false;
    bench(
      name,
      async () => {
        const started = performance.now();
        await fn();
        if (isRecording) durations.push(performance.now() - started);
      },
      {
        ...options,
        setup: (_task, mode) => {
          isRecording = mode === "run";
        },
        teardown: (_task, mode) => {
          if (mode !== "run") return;
          finished.add(name);
          // tinybench does not await teardown, so the summary is printed synchronously.
          if (finished.size === samples.size) summarise(stats());
        },
      },
    );
  };
}
