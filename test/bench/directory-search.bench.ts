// Cost of finding gatherings in a national-sized directory (20,000 listings over
// Great Britain) next to the cheapest GraphQL request, measured in the same run
// through the real app and a real database file; then p95/p99 and the ratio to
// the baseline, and the public finder's initial JavaScript, gzipped.
import { existsSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { createOfflineGeocoder } from "@kinship/api/directory/geocoding/geocoder";
import { type GatheringSearch, searchGatherings } from "@kinship/api/directory/search-gatherings";
import { describe } from "vitest";
import { testApp } from "../support/app";
import { type BenchStats, benchSamples } from "../support/bench-samples";
import { loadDirectory } from "../support/directory-load";

const webDist = new URL("../../web/dist/", import.meta.url);
const now = new Date();
const t = await testApp({ now: () => now });
const loadStarted = performance.now();
const loaded = await loadDirectory(t.db, { count: 20_000, now });
console.log(
  `Loaded ${loaded.gatherings} gatherings, ${loaded.exceptions} exceptions, ${loaded.organisations} organisations in ${Math.round(performance.now() - loadStarted)} ms`,
);
const browser = t.client();
const geocoder = createOfflineGeocoder(t.db);

const find = `query($input: GatheringSearchInput!) {
  findGatherings(input: $input) { total hits { distanceMiles gathering { id name } next { localStart } } }
}`;
const findGatherings = async (input: Record<string, unknown>) => {
  const result = await browser.gql<{ findGatherings: { total: number } }>(find, { input });
  if (result.errors || !result.data?.findGatherings.total) throw new Error(`Nothing found: ${JSON.stringify(result)}`);
};
// The same search as /find?place=Manchester&radius=10&day=TU&time=evening.
const tuesdayEveningNearManchester = {
  place: "Manchester",
  radiusMiles: 10,
  days: ["TU"],
  timesOfDay: ["evening"],
} as const satisfies GatheringSearch;
// GraphQL spells enum values in capitals.
const tuesdayEveningNearManchesterInput = { ...tuesdayEveningNearManchester, days: ["TU"], timesOfDay: ["EVENING"] };

const finderPath = "/find?place=Manchester&radius=10&day=TU&time=evening";
const finderScript = await finderInitialJavaScript();

// At least 20 timed runs each (a search takes most of a second on 2 cores), so p95
// means something while the whole file stays near a minute and a half.
const measured = benchSamples(
  { time: 2_000, iterations: 20, warmupTime: 300, warmupIterations: 2, throws: true },
  printSummary,
);

const baselineName = "baseline: GraphQL { __typename }";
describe("directory search over 20,000 gatherings", () => {
  measured(baselineName, () => browser.gql("{ __typename }"));
  measured("GraphQL findGatherings: Manchester, 10 miles, Tuesday evening", () =>
    findGatherings(tuesdayEveningNearManchesterInput),
  );
  measured("searchGatherings() alone: Manchester, 10 miles, Tuesday evening", () =>
    searchGatherings({ db: t.db, geocoder, now, search: tuesdayEveningNearManchester }),
  );
  measured("GraphQL findGatherings: postcode BL9 0EY, AA and NA only", () =>
    findGatherings({ place: "BL9 0EY", kinds: ["ALCOHOLICS_ANONYMOUS", "NARCOTICS_ANONYMOUS"] }),
  );
  measured("GraphQL findGatherings: Manchester, no filters", () => findGatherings({ place: "Manchester" }));
  measured("GraphQL findGatherings: London, no filters", () => findGatherings({ place: "London" }));
  measured(`GET ${finderPath} (server-rendered finder page)`, async () => {
    const response = await t.app.request(`http://localhost${finderPath}`);
    if (response.status !== 200) throw new Error(`GET /find answered ${response.status}`);
    await response.text();
  });
});

function printSummary(stats: BenchStats[]) {
  const base = stats.find((s) => s.name === baselineName)!;
  const lines = stats.map(
    (s) =>
      `${s.name.padEnd(68)} ${(1000 / s.mean).toFixed(1).padStart(8)}/s  mean ${s.mean.toFixed(2).padStart(7)} ms` +
      `  p95 ${s.p95.toFixed(2).padStart(7)} ms  p99 ${s.p99.toFixed(2).padStart(7)} ms` +
      `  ×${(s.mean / base.mean).toFixed(1).padStart(6)} baseline (p99 ×${(s.p99 / base.p99).toFixed(1)})  n=${s.count}`,
  );
  console.log(
    [
      "",
      "Directory search, one request at a time (mean throughput; p95/p99 latency):",
      ...lines,
      `Finder initial JavaScript: ${(finderScript.gzipBytes / 1024).toFixed(1)} kB gzip (${(finderScript.bytes / 1024).toFixed(1)} kB raw) in ${finderScript.files.length} file(s)${finderScript.files.length ? `: ${finderScript.files.join(", ")}` : ""}`,
      ...finderScript.missing.map((file) => `  referenced but not built (run pnpm build): ${file}`),
    ].join("\n"),
  );
}

/**
 * The scripts a browser loads before anyone touches /find: every <script src> and
 * modulepreload in its HTML, and what they import statically, read from web/dist.
 */
async function finderInitialJavaScript() {
  const result = { bytes: 0, gzipBytes: 0, files: [] as string[], missing: [] as string[] };
  const response = await t.app.request("http://localhost/find");
  if (response.status !== 200) throw new Error(`GET /find answered ${response.status}`);
  const html = await response.text();
  const queue = [
    ...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g),
    ...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g),
  ].map((match) => new URL(match[1]!, "http://localhost/").pathname);
  for (const path of queue) {
    if (result.files.includes(path) || result.missing.includes(path)) continue;
    const file = new URL(`.${path}`, webDist);
    if (!existsSync(file)) {
      result.missing.push(path);
      continue;
    }
    const code = readFileSync(file);
    result.files.push(path);
    result.bytes += code.length;
    result.gzipBytes += gzipSync(code, { level: 9 }).length;
    // Static imports load up front too; dynamic import() ones only when used.
    for (const match of code.toString("utf8").matchAll(/(?:\bimport|\bfrom)\s*["']([^"']+\.js)["']/g)) {
      queue.push(new URL(match[1]!, `http://localhost${path}`).pathname);
    }
  }
  return result;
}
