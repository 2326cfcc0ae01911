// The vetting of several mentors at once: their records (with who recorded each),
// their last supervision and each organisation's rules, in a fixed number of
// queries however many mentors there are.
import { type Database, schema } from "@kinship/db";
import { desc, eq, inArray, max } from "drizzle-orm";
import { loadMentoringSettings, type MentoringSettings } from "../settings";
import { type VettingStatus, vettingStatus } from "./vetting-status";

export type VettingRecordRow = typeof schema.vettingRecords.$inferSelect;
export interface VettingRecordView extends VettingRecordRow {
  trainingName: string | null;
  recordedByName: string | null;
}
export interface VettingView extends VettingStatus {
  /** Newest first: the whole history, renewals included. */
  records: VettingRecordView[];
}

export async function loadSettingsByOrganisation(db: Database, organisationIds: Iterable<string>) {
  const ids = [...new Set(organisationIds)];
  const settings = await Promise.all(ids.map((id) => loadMentoringSettings({ db }, id)));
  return new Map<string, MentoringSettings>(ids.map((id, i) => [id, settings[i]!]));
}

export async function loadVetting(
  db: Database,
  profiles: readonly { id: string; organisationId: string }[],
  today: string,
): Promise<Map<string, VettingView>> {
  if (profiles.length === 0) return new Map();
  const ids = profiles.map((p) => p.id);
  const { vettingRecords, supervisionSessions, people } = schema;
  const [records, supervision, settingsByOrganisation] = await Promise.all([
    db
      .select({ record: vettingRecords, recordedByName: people.displayName })
      .from(vettingRecords)
      .leftJoin(people, eq(people.id, vettingRecords.recordedByPersonId))
      .where(inArray(vettingRecords.mentorProfileId, ids))
      .orderBy(desc(vettingRecords.completedOn), desc(vettingRecords.recordedAt)),
    db
      .select({ mentorProfileId: supervisionSessions.mentorProfileId, lastHeldOn: max(supervisionSessions.heldOn) })
      .from(supervisionSessions)
      .where(inArray(supervisionSessions.mentorProfileId, ids))
      .groupBy(supervisionSessions.mentorProfileId),
    loadSettingsByOrganisation(
      db,
      profiles.map((p) => p.organisationId),
    ),
  ]);
  const lastSupervision = new Map(supervision.map((s) => [s.mentorProfileId, s.lastHeldOn]));
  const result = new Map<string, VettingView>();
  for (const profile of profiles) {
    const settings = settingsByOrganisation.get(profile.organisationId)!;
    const trainingNames = new Map(settings.requiredTraining.map((m) => [m.code, m.name]));
    const own = records
      .filter(({ record }) => record.mentorProfileId === profile.id)
      .map(({ record, recordedByName }) => ({
        ...record,
        trainingName: record.trainingCode ? (trainingNames.get(record.trainingCode) ?? record.trainingCode) : null,
        recordedByName,
      }));
    const held = lastSupervision.get(profile.id);
    const status = vettingStatus({ records: own, settings, supervisionHeldOn: held ? [held] : [], today });
    result.set(profile.id, { ...status, records: own });
  }
  return result;
}
