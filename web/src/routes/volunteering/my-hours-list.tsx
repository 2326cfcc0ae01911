// A person's entries, newest first: what a coordinator decided and why, and a
// way to correct an entry while it is still waiting to be checked.
import { useState } from "react";
import type { ResultOf } from "../../graphql/graphql";
import { type MyVolunteeringHoursQuery, UpdatePendingHoursMutation } from "../../graphql/volunteering";
import { request } from "../../lib/graphql-client";
import { formatLocalDate } from "../directory/dates";
import { HoursForm } from "./hours-form";
import { activityLabels, describeMinutes, statusLabels } from "./vocabulary";

type Entry = ResultOf<typeof MyVolunteeringHoursQuery>["myVolunteeringHours"]["entries"][number];

export function MyHoursList({ entries, onChanged }: { entries: Entry[]; onChanged: (message: string) => void }) {
  const [editingId, setEditingId] = useState<string | null>(null);
  return (
    <section aria-labelledby="my-entries">
      <h2 id="my-entries">Your entries</h2>
      {entries.length === 0 ? (
        <p>Nothing logged yet.</p>
      ) : (
        <ul className="listing-list">
          {entries.map((entry) => (
            <li key={entry.id} className="card hours-entry">
              <h3>
                {activityLabels[entry.activity]}, {describeMinutes(entry.minutes)}
              </h3>
              <p className="meta">
                {formatLocalDate(entry.workedOn)} · {entry.organisation.name}
              </p>
              {entry.description && <p>{entry.description}</p>}
              <p>
                <span className={`tag hours-status-${entry.status.toLowerCase()}`}>{statusLabels[entry.status]}</span>
                {entry.isFromSupportSession && <span className="meta"> From a support session you logged.</span>}
              </p>
              {entry.declineReason && <p className="preserve-lines">Reason: {entry.declineReason}</p>}
              {entry.status === "PENDING" && !entry.isFromSupportSession && editingId !== entry.id && (
                <button type="button" className="button-secondary" onClick={() => setEditingId(entry.id)}>
                  Change<span className="visually-hidden"> the entry for {formatLocalDate(entry.workedOn)}</span>
                </button>
              )}
              {editingId === entry.id && (
                <HoursForm
                  organisations={[entry.organisation]}
                  initial={{ ...entry, organisationId: entry.organisation.id }}
                  submitLabel="Save changes"
                  onCancel={() => setEditingId(null)}
                  onSave={async (_organisationId, input) => {
                    await request(UpdatePendingHoursMutation, { id: entry.id, input });
                    setEditingId(null);
                    onChanged("Your changes are saved.");
                  }}
                />
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
