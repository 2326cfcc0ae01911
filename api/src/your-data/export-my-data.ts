// Everything Kinship holds about one person, for them to download (the right of
// access). Secrets are described, never included: a password hash or an
// authenticator secret is no use to the person and dangerous in a download.
import type { Database } from "@kinship/db";
import type { FieldCipher } from "../crypto/field-cipher";
import { exportCheckIns } from "../journey/check-ins/export-check-ins";
import { exportGoals } from "../journey/goals/export-goals";
import { exportLapses } from "../journey/lapses/export-lapses";
import { exportNetwork } from "../journey/network/export-network";
import { exportTreatmentPhases } from "../journey/phases/export-phases";
import { exportKeepingInTouch } from "../mentoring/disengagement/export-keeping-in-touch";
import { exportMentoring } from "../mentoring/export-mentoring";
import { exportPlannedContacts } from "../mentoring/planned-contacts/export-planned-contacts";
import { exportSupportSessions } from "../mentoring/sessions/export-sessions";
import { exportSupervision } from "../mentoring/supervision/export-supervision";
import { exportReminders } from "../reminders/export-reminders";
import { exportPushSubscriptions } from "../reminders/push/push-subscriptions";
import { exportRetention } from "../retention/export-retention";
import { exportVolunteering } from "../volunteering/export-hours";

export const exportFormat = "kinship-personal-data/1";

/** `cipher` opens the notes about the person, sealed under their own data key. */
export async function exportMyData(db: Database, personId: string, now: Date, cipher: FieldCipher) {
  const person = await db.query.people.findFirst({
    columns: { id: true, displayName: true, email: true, mobile: true, createdAt: true },
    where: { id: personId },
    with: {
      memberships: {
        columns: { role: true, createdAt: true },
        with: { organisation: { columns: { name: true, town: true } } },
      },
      sessions: {
        columns: { device: true, createdAt: true, lastUsedAt: true, expiresAt: true, reauthenticatedAt: true },
      },
      consents: { columns: { purpose: true, isGranted: true, wordingVersion: true, recordedAt: true } },
      totpCredential: { columns: { confirmedAt: true } },
      recoveryCodes: { columns: { usedAt: true } },
      attendance: {
        columns: { occurrenceOn: true, status: true, goingAt: true, checkedInAt: true },
        with: { gathering: { columns: { name: true } } },
      },
    },
  });
  if (!person) return null;
  const audit = { columns: { id: false, viewerPersonId: false, subjectPersonId: false } } as const;
  const keys = { db, cipher, now: () => now };
  // Independent reads, so they run together; `keys` unwraps the person's key once for all the notes.
  const [
    viewsOfMyRecord,
    recordsIViewed,
    listingSuggestions,
    volunteering,
    mentoring,
    supportSessions,
    supervision,
    networkMap,
    checkIns,
    journeyGoals,
    lapses,
    treatmentPhases,
    reminders,
    notificationDevices,
    closedCasesCleared,
    keepingInTouch,
    plannedContacts,
  ] = await Promise.all([
    db.query.accessAudit.findMany({ ...audit, where: { subjectPersonId: personId }, orderBy: { id: "asc" } }),
    db.query.accessAudit.findMany({ ...audit, where: { viewerPersonId: personId }, orderBy: { id: "asc" } }),
    db.query.listingSuggestions.findMany({
      columns: { gatheringId: true, changes: true, message: true, status: true, createdAt: true },
      where: { suggestedByPersonId: personId },
      orderBy: { createdAt: "asc" },
    }),
    exportVolunteering(db, personId),
    exportMentoring(db, personId),
    exportSupportSessions(keys, personId),
    exportSupervision(keys, personId),
    exportNetwork(keys, personId),
    exportCheckIns(keys, personId),
    exportGoals(keys, personId),
    exportLapses(keys, personId),
    exportTreatmentPhases(db, personId),
    exportReminders(db, personId),
    exportPushSubscriptions(db, personId),
    exportRetention(db, personId),
    exportKeepingInTouch(db, personId),
    exportPlannedContacts(db, personId),
  ]);
  const { totpCredential, recoveryCodes, ...rest } = person;
  return {
    format: exportFormat,
    exportedAt: now.toISOString(),
    person: rest,
    secondFactor: {
      isAuthenticatorAppSetUp: Boolean(totpCredential?.confirmedAt),
      recoveryCodesUnused: recoveryCodes.filter((code) => !code.usedAt).length,
    },
    viewsOfMyRecord,
    recordsIViewed,
    listingSuggestions,
    volunteering,
    mentoring,
    supportSessions,
    keepingInTouch,
    plannedContacts,
    checkIns,
    supervision,
    networkMap,
    journeyGoals,
    lapses,
    treatmentPhases,
    reminders,
    notificationDevices,
    closedCasesCleared,
  };
}
