// The organisations on Kinship, so a visitor can see whether their local service is here.

import { LoadFailed } from "../../components/load-failed";
import type { ResultOf } from "../../graphql/graphql";
import { OrganisationsQuery } from "../../graphql/organisations";
import { useQuery } from "../../lib/use-query";

type Kind = ResultOf<typeof OrganisationsQuery>["organisations"][number]["kind"];

const kindLabel: Record<Kind, string> = {
  MUTUAL_AID_GROUP: "Mutual-aid group",
  RECOVERY_COMMUNITY: "Recovery community",
  TREATMENT_SERVICE: "Treatment service",
};

export function OrganisationList() {
  const { state, reload } = useQuery(OrganisationsQuery);
  if (state.status === "loading") return <p role="status">Loading organisations…</p>;
  if (state.status === "failed") {
    return <LoadFailed error={state.error} onRetry={reload} />;
  }
  const { organisations } = state.data;
  if (organisations.length === 0) return <p>No organisations have joined yet.</p>;
  return (
    <ul className="organisation-list">
      {organisations.map((organisation) => (
        <li key={organisation.slug} className="card">
          <h3>{organisation.name}</h3>
          <p className="meta">
            {kindLabel[organisation.kind]} · {organisation.town}
          </p>
          {organisation.description && <p>{organisation.description}</p>}
        </li>
      ))}
    </ul>
  );
}
