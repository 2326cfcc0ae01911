// Who has looked at this person's record: when, who, in what role, what they
// saw and why they were allowed to. Newest first, as the API sends it.

import { LoadFailed } from "../../components/load-failed";
import { MyRecordViewsQuery } from "../../graphql/privacy";
import { useQuery } from "../../lib/use-query";
import { formatLondonDateTime } from "./london-time";

// The audit names fields as the API does (person.displayName); say them plainly.
const fieldLabel: Record<string, string> = {
  "person.id": "your account number",
  "person.displayName": "your name",
  "person.email": "your email address",
  "person.mobile": "your mobile number",
  "person.memberships": "the organisations you belong to",
  role: "your role",
};
const roleLabel: Record<string, string> = {
  admin: "Administrator",
  coordinator: "Coordinator",
  peer_mentor: "Peer mentor",
  recovery_champion: "Recovery champion",
  member: "Member",
  self: "You",
};
const plainField = (field: string) => fieldLabel[field] ?? field.replace(/^person\./, "");
const plainRole = (role: string) => roleLabel[role.toLowerCase()] ?? role.replaceAll("_", " ");

export function RecordViewList() {
  const { state, reload } = useQuery(MyRecordViewsQuery);
  return (
    <section aria-labelledby="record-views">
      <h2 id="record-views">Who has looked at your record</h2>
      {state.status === "loading" && <p role="status">Loading…</p>}
      {state.status === "failed" && <LoadFailed error={state.error} onRetry={reload} />}
      {state.status === "ready" && state.data.myRecordViews.length === 0 && (
        <p>
          Nobody has looked at your record yet. If a coordinator or mentor ever opens your details, it will show here,
          with when and why.
        </p>
      )}
      {state.status === "ready" && state.data.myRecordViews.length > 0 && (
        <ul className="record-view-list">
          {state.data.myRecordViews.map((view) => (
            <li key={view.id} className="card">
              <p className="record-viewer">
                {view.viewerName} <span className="meta">({plainRole(view.viewerRole)})</span>
              </p>
              <p className="meta">
                <time dateTime={view.at}>{formatLondonDateTime(view.at)}</time>
                {view.organisation && ` · ${view.organisation.name}`}
              </p>
              <p>Saw {view.fields.map(plainField).join(", ")}.</p>
              <p className="meta">Allowed because: {view.relationship}.</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
