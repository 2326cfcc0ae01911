// A service-sized database for the reports benchmark: 100,000 people in 20
// organisations (one of them a quarter of everyone), 40,000 matches, over a
// million support sessions and a million volunteering-hours entries over three
// years, check-ins at gatherings, and journeys (check-ins, goals, network maps,
// consents) for a share of people. Everything is made by INSERT … SELECT over
// counting CTEs inside SQLite, with the big tables' indexes built after their
// rows, so building takes well under a minute. The file is kept under .cache,
// keyed by this generator's version and the migrations, so reruns start at once.
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { builtInInstrumentId } from "@kinship/db/journey-defaults";
import { migrationsFolder } from "@kinship/db/migrate";
import { createClient } from "@libsql/client";

/** Change when the data below changes, so an old cached file is not used. */
const generatorVersion = 1;
export const loadToday = "2026-11-30";
export const largestOrganisationId = "org-01";
export const peopleCount = 100_000;
const sessionsPerMatch = 30;
const hoursEntries = 1_050_000;
const attendanceRows = 300_000;

const cacheDir = fileURLToPath(new URL("../../.cache/bench", import.meta.url));

// Whose organisation a person mainly belongs to: a quarter are in org-01, the rest spread over 19.
const organisationNumberOf = (p: string) => `(case when ${p} % 4 = 0 then 1 else 2 + ${p} % 19 end)`;
const organisationOf = (p: string) => `printf('org-%02d', ${organisationNumberOf(p)})`;
const counting = (name: string, to: number, from = 1) =>
  `${name}(i) as (select ${from} union all select i + 1 from ${name} where i < ${to})`;
const daysBefore = (days: string) => `date('${loadToday}', '-' || (${days}) || ' days')`;
const instant = (date: string) => `cast((julianday(${date}) - 2440587.5) * 86400000 as integer)`;

const statements = [
  `insert into organisations (id, slug, name, kind, town)
   with recursive ${counting("n", 20)}
   select printf('org-%02d', i), printf('load-service-%02d', i), 'Load service ' || i,
     case when i = 1 then 'treatment_service' else 'recovery_community' end, 'Bury' from n`,
  `insert into people (id, display_name, password_hash, created_at)
   with recursive ${counting("n", peopleCount)}
   select 'p' || i, 'Person ' || i, 'not-a-real-hash', ${instant(`'2023-01-01'`)} from n`,
  // Roles: 1 in 30 a peer mentor, 1 in 20 a volunteer, a few coordinators; the rest members.
  `insert into memberships (id, person_id, organisation_id, role, created_at)
   with recursive ${counting("n", peopleCount)}
   select 'ms' || i, 'p' || i, ${organisationOf("i")},
     case when i % 500 = 1 then 'coordinator' when i % 30 = 2 then 'peer_mentor'
       when i % 20 = 3 then 'volunteer' else 'member' end, ${instant(`'2023-01-01'`)} from n`,
  `insert or ignore into memberships (id, person_id, organisation_id, role, created_at)
   with recursive ${counting("n", peopleCount)}
   select 'ms2-' || i, 'p' || i, printf('org-%02d', 2 + (i / 10) % 19), 'member', ${instant(`'2024-01-01'`)}
   from n where i % 10 = 5`,
  `create temp table mentor_slots as
   select organisation_id, person_id,
     row_number() over (partition by organisation_id order by person_id) - 1 as slot,
     count(*) over (partition by organisation_id) as slots
   from memberships where role = 'peer_mentor'`,
  "create index temp.mentor_slots_slot on mentor_slots (organisation_id, slot)",
  // Two in five people asked for a mentor: the match's shape comes from (i / 5) % 20.
  `insert into mentor_requests (id, organisation_id, person_id, needs, languages, shared_substances,
     shared_life_experiences, meeting_ways, status, created_at, updated_at)
   with recursive ${counting("n", peopleCount)}
   select 'r' || i, ${organisationOf("i")}, 'p' || i, '[]', '["en"]', '[]', '[]', '["in_person"]',
     case when (i / 5) % 20 = 19 then 'waiting' else 'matched' end,
     ${instant(`'2023-01-01'`)}, ${instant(`'2023-01-01'`)} from n where i % 5 in (0, 1)`,
  `insert into mentoring_matches (id, request_id, organisation_id, mentor_person_id, mentee_person_id, status,
     score, score_parts, started_on, ended_on, end_reason, created_at, status_changed_at)
   select 'm' || substr(r.id, 2), r.id, r.organisation_id, s.person_id, r.person_id, shape.status, 70, '[]',
     case when shape.status in ('active', 'ended', 'paused') then shape.started_on end,
     case when shape.status = 'ended'
       then min(date(shape.started_on, '+' || (60 + shape.k % 300) || ' days'), date('${loadToday}', '-1 days')) end,
     case when shape.status = 'ended' then 'goals_met' end,
     ${instant("shape.started_on")}, ${instant("shape.started_on")}
   from mentor_requests r
     join (select id, cast(substr(id, 2) as integer) as k,
       case when (cast(substr(id, 2) as integer) / 5) % 20 < 8 then 'active'
         when (cast(substr(id, 2) as integer) / 5) % 20 < 17 then 'ended'
         when (cast(substr(id, 2) as integer) / 5) % 20 = 17 then 'paused'
         when (cast(substr(id, 2) as integer) / 5) % 20 = 18 then 'accepted' else 'proposed' end as status,
       ${daysBefore("(cast(substr(id, 2) as integer) * 7) % 1000 + 30")} as started_on
       from mentor_requests) shape on shape.id = r.id
     join mentor_slots s on s.organisation_id = r.organisation_id and s.slot = (shape.k / 5) % s.slots`,
  // Thirty sessions spread over each match's life; one active match in twenty has been quiet for 45 days.
  `insert into support_sessions (id, match_id, organisation_id, mentor_person_id, mentee_person_id, held_on,
     duration_minutes, travel_minutes, contact_mode, topics, signposting, has_concern, created_at)
   with recursive ${counting("k", sessionsPerMatch - 1, 0)},
   spans as (
     select m.*, max(0, julianday(coalesce(m.ended_on, case when (cast(substr(m.id, 2) as integer) / 5) % 20 = 0
       then date('${loadToday}', '-45 days') else '${loadToday}' end)) - julianday(m.started_on)) as span
     from mentoring_matches m where m.started_on is not null
   )
   select 's' || substr(spans.id, 2) || '-' || k.i, spans.id, spans.organisation_id, spans.mentor_person_id,
     spans.mentee_person_id, date(spans.started_on, '+' || cast(spans.span * k.i / ${sessionsPerMatch - 1} as integer) || ' days'),
     30 + (k.i % 4) * 15, 0, 'in_person', '[]', '[]', 0, ${instant("spans.started_on")}
   from spans, k`,
  `insert into volunteering_hours (id, person_id, organisation_id, activity, worked_on, minutes, status, decided_at, created_at)
   with recursive ${counting("n", hoursEntries)}, entries as (select i, 1 + (i * 7919) % ${peopleCount} as p from n)
   select 'h' || i, 'p' || p, ${organisationOf("p")},
     case i % 5 when 0 then 'cafe_shift' when 1 then 'leading_walk' when 2 then 'stewarding_event'
       when 3 then 'admin' else 'training' end,
     ${daysBefore("i % 1095")}, 30 + (i % 8) * 30,
     case when i % 20 = 0 then 'declined' when i % 20 in (1, 2) then 'pending' else 'approved' end,
     case when i % 20 in (1, 2) then null else ${instant(daysBefore("i % 1095"))} end,
     ${instant(daysBefore("i % 1095"))}
   from entries`,
  `insert into gatherings (id, organisation_id, name, kind, attendance_mode, starts_on, start_time,
     duration_minutes, recurrence, last_confirmed_at)
   with recursive ${counting("o", 20)}, ${counting("g", 9, 0)}
   select printf('g-%02d-%d', o.i, g.i), printf('org-%02d', o.i), 'Gathering ' || g.i, 'recovery_cafe', 'in_person',
     '2023-01-02', '19:00', 90, 'FREQ=WEEKLY;BYDAY=MO', ${instant(`'2026-10-01'`)} from o, g`,
  `insert or ignore into gathering_attendance (id, gathering_id, person_id, occurrence_on, status, checked_in_at)
   with recursive ${counting("n", attendanceRows)}, visits as (select i, 1 + i % ${peopleCount} as p from n)
   select 'a' || i, printf('g-%02d-%d', ${organisationNumberOf("p")}, i % 10), 'p' || p,
     ${daysBefore("(i * 13) % 1095")}, case when i % 10 = 0 then 'going' else 'attended' end,
     ${instant(daysBefore("(i * 13) % 1095"))}
   from visits`,
  // Three in five agree to anonymous reports; one in fifty of everyone later withdrew.
  `insert into consents (person_id, purpose, is_granted, wording_version, recorded_at)
   with recursive ${counting("n", peopleCount)}
   select 'p' || i, 'include_in_anonymous_reports', 1, 1, ${instant(`'2024-01-01'`)} from n where i % 5 in (0, 1, 2)`,
  `insert into consents (person_id, purpose, is_granted, wording_version, recorded_at)
   with recursive ${counting("n", peopleCount)}
   select 'p' || i, 'include_in_anonymous_reports', 0, 1, ${instant(`'2025-06-01'`)} from n where i % 50 = 10`,
  `insert into recovery_check_ins (id, person_id, instrument_id, taken_on, answers, score_percent, created_at)
   with recursive ${counting("n", peopleCount)}, ${counting("k", 5, 0)}
   select 'c' || n.i || '-' || k.i, 'p' || n.i, '${builtInInstrumentId}', ${daysBefore("k.i * 42 + n.i % 30")}, '{}',
     30 + (n.i * 37 + k.i * 11) % 50 + (5 - k.i) * 2, ${instant(daysBefore("k.i * 42 + n.i % 30"))}
   from n, k where n.i % 10 in (0, 1, 2)`,
  `insert into network_snapshots (id, person_id, taken_on, connection_count, supportive_count, using_count,
     recovery_community_count, connections, created_at)
   with recursive ${counting("n", peopleCount)}, ${counting("k", 3, 0)}
   select 'ns' || n.i || '-' || k.i, 'p' || n.i, ${daysBefore("k.i * 90 + n.i % 20")},
     4 + (3 - k.i), 1 + (n.i + k.i) % 4 + (3 - k.i), k.i % 2, (3 - k.i) + n.i % 2, '[]',
     ${instant(daysBefore("k.i * 90 + n.i % 20"))}
   from n, k where n.i % 5 = 0`,
  `insert into journey_goals (id, person_id, title_cipher, needs, status, created_at, achieved_at)
   with recursive ${counting("n", peopleCount)}, ${counting("k", 2, 0)}
   select 'jg' || n.i || '-' || k.i, 'p' || n.i, 'sealed', '[]',
     case when k.i = 0 then 'achieved' else 'active' end,
     ${instant(daysBefore("k.i * 60 + n.i % 30 + 40"))},
     case when k.i = 0 then ${instant(daysBefore("n.i % 30 + 10"))} end
   from n, k where n.i % 5 = 1`,
  `insert into goal_steps (id, goal_id, person_id, title_cipher, position, done_at, created_at)
   with recursive ${counting("k", 1, 0)}
   select g.id || '-' || k.i, g.id, g.person_id, 'sealed', k.i,
     case when k.i = 0 then g.created_at + 86400000 * 7 end, g.created_at
   from journey_goals g, k`,
];

// Indexes of the big tables are dropped before their rows go in and built after: a sort beats a million inserts into a B-tree.
const rebuiltTables = ["support_sessions", "volunteering_hours", "gathering_attendance", "mentoring_matches"];

/** The path of a built database (building it first if needed); copy it before writing to it. */
export async function reportsLoadDatabase(templatePath: string) {
  const key = createHash("sha256")
    .update(`${generatorVersion}:${readdirSync(migrationsFolder).sort().join(",")}`)
    .digest("hex")
    .slice(0, 12);
  const path = `${cacheDir}/reports-load-${key}.db`;
  if (existsSync(path)) return { path, buildMs: null, buildCpuMs: null };
  mkdirSync(cacheDir, { recursive: true });
  const building = `${path}.${process.pid}.building`;
  copyFileSync(templatePath, building);
  const started = performance.now();
  // SQLite does the work on this thread: CPU time says what a quiet machine would take, whatever else is running.
  const cpuBefore = process.cpuUsage();
  const client = createClient({ url: `file:${building}` });
  // No foreign-key checks while loading (the rows agree by construction) and no
  // ANALYZE after: the app's own databases have no statistics, so the planner
  // chooses here as it does there.
  try {
    for (const pragma of ["journal_mode = OFF", "synchronous = OFF", "foreign_keys = OFF", "cache_size = -400000"]) {
      await client.execute(`PRAGMA ${pragma}`);
    }
    const indexes = await client.execute(
      `select name, sql from sqlite_master where type = 'index' and sql is not null and tbl_name in (${rebuiltTables.map((t) => `'${t}'`).join(", ")})`,
    );
    for (const index of indexes.rows) await client.execute(`drop index "${index.name}"`);
    for (const statement of statements) await client.execute(statement);
    for (const index of indexes.rows) await client.execute(String(index.sql));
    const [sessions, hours] = await Promise.all(
      ["support_sessions", "volunteering_hours"].map(async (table) =>
        Number((await client.execute(`select count(*) as n from ${table}`)).rows[0]?.n),
      ),
    );
    if (sessions! < 1_000_000 || hours! < 1_000_000)
      throw new Error(`Too few rows: ${sessions} sessions, ${hours} hours`);
  } catch (error) {
    client.close();
    rmSync(building, { force: true });
    throw error;
  }
  client.close();
  renameSync(building, path);
  for (const old of readdirSync(cacheDir).filter((f) => /^reports-load-\w+\.db$/.test(f) && !path.endsWith(f))) {
    rmSync(`${cacheDir}/${old}`, { force: true });
  }
  const cpu = process.cpuUsage(cpuBefore);
  return { path, buildMs: performance.now() - started, buildCpuMs: (cpu.user + cpu.system) / 1000 };
}
