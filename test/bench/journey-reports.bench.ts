// Cost of the service dashboard and the commissioner report for the largest of 20
// organisations (25,000 of 100,000 people, over a million support sessions and
// a million volunteering-hours entries in the database), over 12 months, next to
// a baseline in the same run: the bare indexed count of that organisation's
// sessions in those months. Prints mean, p95 and p99 and the ratio to the baseline.
import { copyFileSync, readdirSync, rmSync } from "node:fs";
import { dirname } from "node:path";
import { createApp } from "@kinship/api/app";
import { hashPassword } from "@kinship/api/auth/password";
import { createFieldCipher, generateKeyEntry } from "@kinship/api/crypto/field-cipher";
import { commissionerReport } from "@kinship/api/reports/commissioner/commissioner-report";
import { dashboardPeriod } from "@kinship/api/reports/dashboard/dashboard-period";
import { dashboardFigures } from "@kinship/api/reports/dashboard/service-dashboard";
import { openDatabase } from "@kinship/db";
import { sql } from "drizzle-orm";
import { afterAll, describe, inject } from "vitest";
import { TestClient } from "../support/app";
import { type BenchStats, benchSamples } from "../support/bench-samples";
import { largestOrganisationId, loadToday, reportsLoadDatabase } from "../support/reports-load";

const now = new Date(`${loadToday}T12:00:00Z`);
const period = { from: "2025-12-01", to: loadToday };
const organisationId = largestOrganisationId;

const built = await reportsLoadDatabase(inject("templatePath"));
// The dashboard writes audit rows: work on a copy, so the cached file stays as built.
const runPath = built.path.replace(/\.db$/, `.run-${process.pid}.db`);
const removeCopy = (path: string) => {
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${path}${suffix}`, { force: true });
};
// A worker that was stopped leaves its copy behind: remove those of processes that are gone.
for (const file of readdirSync(dirname(built.path))) {
  const pid = Number(/\.run-(\d+)\.db$/.exec(file)?.[1]);
  if (pid && !isRunning(pid)) removeCopy(`${dirname(built.path)}/${file}`);
}
copyFileSync(built.path, runPath);
// Vitest stops its workers without an exit event, so the copy also goes when the file is done.
afterAll(() => removeCopy(runPath));
process.on("exit", () => removeCopy(runPath));
const { db } = await openDatabase({ url: `file:${runPath}` });
const counts = await db.all<{ people: number; sessions: number; hours: number; members: number }>(sql`
  select (select count(*) from people) as people, (select count(*) from support_sessions) as sessions,
    (select count(*) from volunteering_hours) as hours,
    (select count(*) from memberships where organisation_id = ${organisationId}) as members`);
console.log(
  `Reports database: ${JSON.stringify(counts[0])}; ${
    built.buildMs === null
      ? "from the cache"
      : `built in ${Math.round(built.buildMs)} ms (${Math.round(built.buildCpuMs!)} ms of CPU)`
  }`,
);

// A coordinator of the large organisation, signed in through the real app with a second factor.
const cipher = await createFieldCipher(generateKeyEntry("bench"));
const app = createApp({
  getDb: () => db,
  getCipher: async () => cipher,
  getClientAddress: () => "192.0.2.1",
  isProduction: true,
  now: () => now,
});
const coordinatorId = `bench-coordinator-${process.pid}`;
await db.run(sql`insert into people (id, display_name, email, password_hash)
  values (${coordinatorId}, 'Bench Coordinator', ${`${coordinatorId}@example.test`}, ${await hashPassword("a long enough password")})`);
await db.run(sql`insert into memberships (id, person_id, organisation_id, role)
  values (${`${coordinatorId}-membership`}, ${coordinatorId}, ${organisationId}, 'coordinator')`);
const coordinator = new TestClient(app);
const signedIn = await coordinator.signIn(`${coordinatorId}@example.test`, "a long enough password");
const enrolled = await coordinator.enrolTotp(now);
if (signedIn.errors || enrolled.errors) throw new Error(`Sign-in failed: ${JSON.stringify([signedIn, enrolled])}`);
const viewer = {
  personId: coordinatorId,
  session: { id: "bench", personId: coordinatorId, expiresAt: now, isRefreshed: false, secondFactorAt: now },
  roles: new Map([[organisationId, "coordinator" as const]]),
};

const dashboardQuery = `query($org: ID!, $from: String!, $to: String!) {
  serviceDashboard(organisationId: $org, from: $from, to: $to) {
    months { month activeMatches newMatches sessionsHeld supportMinutes verifiedVolunteeringMinutes pendingVolunteeringMinutes attendance }
    recoveryCapital { peopleCounted improved same worse meanChange }
    goalCompletion { peopleCounted goalsSet goalsAchieved stepsDone }
    networkGrowth { peopleCounted supportiveGrew supportiveDidNotGrow meanRecoveryCommunityAtStart meanRecoveryCommunityAtEnd }
    goneQuiet { total people { displayName reason lastActivity lastActivityOn mentorName daysQuiet } }
  }
}`;
const csvPath = `/reports/dashboard.csv?organisationId=${organisationId}&from=${period.from}&to=${period.to}`;

// A dashboard or report takes around a second on 2 cores: at least 8 timed runs
// each (after one to warm up) keeps the whole file to a few minutes.
const measured = benchSamples(
  { time: 1_000, iterations: 8, warmupTime: 0, warmupIterations: 1, throws: true },
  printSummary,
);

const baselineName = "baseline: count of the organisation's sessions in 12 months";
describe("journey reports over 100,000 people and 1,000,000+ sessions and hours", () => {
  measured(baselineName, () =>
    db.all(sql`select count(*) as n from support_sessions
      where organisation_id = ${organisationId} and held_on between ${period.from} and ${period.to}`),
  );
  measured("dashboardFigures() alone: 12 months, no names", () =>
    dashboardFigures(db, organisationId, dashboardPeriod(period.from, period.to)),
  );
  measured("GraphQL serviceDashboard: 12 months, gone-quiet list audited", async () => {
    const result = await coordinator.gql<{ serviceDashboard: { months: unknown[] } }>(dashboardQuery, {
      org: organisationId,
      ...period,
    });
    if (result.errors || result.data?.serviceDashboard.months.length !== 12) {
      throw new Error(`Dashboard failed: ${JSON.stringify(result.errors)}`);
    }
  });
  measured(`GET /reports/dashboard.csv (12 months)`, async () => {
    const response = await app.request(`http://localhost${csvPath}`, { headers: { cookie: coordinator.cookie! } });
    if (response.status !== 200) throw new Error(`The CSV answered ${response.status}`);
    await response.text();
  });
  measured("commissionerReport() alone: 12 months", () =>
    commissionerReport(db, viewer, { organisationId, ...period }, now),
  );
});

function printSummary(stats: BenchStats[]) {
  const base = stats.find((s) => s.name === baselineName)!;
  console.log(
    [
      "",
      `Journey reports for ${organisationId}, ${period.from} to ${period.to}, one request at a time:`,
      ...stats.map(
        (s) =>
          `${s.name.padEnd(64)} mean ${s.mean.toFixed(1).padStart(8)} ms  p95 ${s.p95.toFixed(1).padStart(8)} ms` +
          `  p99 ${s.p99.toFixed(1).padStart(8)} ms  ×${(s.mean / base.mean).toFixed(1).padStart(6)} baseline  n=${s.count}`,
      ),
    ].join("\n"),
  );
}

function isRunning(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
