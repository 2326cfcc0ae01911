// The report's sections about the service's own activity, from the grouped rows
// of activity-queries.ts: people supported, matches, support and volunteering,
// attendance and progression. Every number goes through report-shape.ts.
import { type GatheringKind, gatheringKinds, type MatchEndReason, matchEndReasons } from "@kinship/db/schema";
import { gatheringKindLabels } from "../../directory/vocabulary";
import type { ActivityRows, CheckInsByKind, EndedByReason } from "./activity-queries";
import { countFigure, countTable, oneColumnPeople, type ReportSection, sumFigure } from "./report-shape";
import { endReasonLabels, progressionLabels } from "./report-words";

const first = <T>(rows: T[]): T => rows[0]!;
const hours = { one: "hour", many: "hours" };

export function activitySections([
  matches,
  endedRows,
  ended,
  sessions,
  volunteering,
  byKind,
  attendees,
  roles,
]: ActivityRows) {
  const { mentees, started } = first(matches);
  const support = first(sessions);
  const verified = first(volunteering);
  const peopleSupported: ReportSection = {
    key: "people-supported",
    title: "People supported",
    figures: [
      countFigure("mentees", "People with a peer mentor at any time in the period", mentees),
      countFigure("attendees", "People who checked in at our gatherings", first(attendees).people),
    ],
    tables: [],
    notes: ["Someone who had a mentor and also came to gatherings is counted in both."],
  };
  const matchesSection: ReportSection = {
    key: "matches",
    title: "Peer mentoring matches",
    figures: [countFigure("matches-started", "Matches that started", started)],
    tables: [endedTable(endedRows, first(ended).mentees)],
    notes: [],
  };
  const supportSection: ReportSection = {
    key: "support",
    title: "Support sessions and volunteering",
    figures: [
      sumFigure("sessions", "Support sessions held", support.sessions, support.mentees, {
        one: "session",
        many: "sessions",
      }),
      sumFigure("support-hours", "Hours of one-to-one support", support.minutes / 60, support.mentees, hours),
      sumFigure(
        "volunteering-hours",
        "Volunteering hours checked and approved",
        verified.minutes / 60,
        verified.volunteers,
        hours,
      ),
    ],
    tables: [],
    notes: [
      "Sessions and hours of support are shown when 5 or more people received them; volunteering hours when 5 or more people gave them. Hours are rounded to whole hours.",
    ],
  };
  const attendance: ReportSection = {
    key: "attendance",
    title: "Attendance at our gatherings",
    figures: [],
    tables: [attendanceTable(byKind, first(attendees).people)],
    notes: [
      "A check-in is one person at one gathering on one day, so someone who came every week is counted each week.",
    ],
  };
  const progression: ReportSection = {
    key: "progression",
    title: "Progression",
    figures: [],
    tables: [
      countTable({
        key: "progression",
        title: "People who took on a new role",
        caption:
          "People who moved up to a new role in the period (someone who moved up twice is counted under each role).",
        columns: ["People"],
        rows: (Object.keys(progressionLabels) as (keyof typeof progressionLabels)[]).map((role) => ({
          label: progressionLabels[role],
          counts: [roles.find((row) => row.role === role)?.people ?? 0],
        })),
        totalLabel: "All moves up",
      }),
    ],
    notes: [],
  };
  return [peopleSupported, matchesSection, supportSection, attendance, progression];
}

function endedTable(rows: EndedByReason[], people: number) {
  const of = (reason: MatchEndReason) => rows.find((row) => row.reason === reason);
  return countTable({
    key: "matches-ended",
    title: "Matches that ended, and why",
    caption: "Matches that ended in the period, by the reason recorded when they ended.",
    columns: ["Matches"],
    rows: matchEndReasons.map((reason) => ({ label: endReasonLabels[reason], counts: [of(reason)?.matches ?? 0] })),
    totalLabel: "All matches that ended",
    peopleBehind: oneColumnPeople(
      matchEndReasons.map((reason) => of(reason)?.people ?? 0),
      people,
    ),
  });
}

function attendanceTable(rows: CheckInsByKind[], people: number) {
  // Only the kinds of gathering that had check-ins, in the directory's order.
  const kinds = gatheringKinds.filter((kind) => rows.some((row) => row.kind === kind));
  const of = (kind: GatheringKind) => rows.find((row) => row.kind === kind)!;
  return countTable({
    key: "attendance",
    title: "Check-ins at our gatherings, by kind of gathering",
    caption: "Check-ins at the organisation's gatherings in the period, by kind of gathering.",
    columns: ["Check-ins"],
    rows: kinds.map((kind) => ({ label: gatheringKindLabels[kind], counts: [of(kind).checkIns] })),
    totalLabel: "All check-ins",
    peopleBehind: oneColumnPeople(
      kinds.map((kind) => of(kind).people),
      people,
    ),
  });
}
