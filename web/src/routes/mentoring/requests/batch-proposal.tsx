// Suggestions for the whole waiting list at once: the pairing that fits
// everyone best together, compared with matching people one by one, oldest
// first. Nothing happens until the coordinator ticks pairs and offers them.
import { useState } from "react";
import { ErrorSummary } from "../../../components/error-summary";
import type { ResultOf } from "../../../graphql/graphql";
import { ApplyBatchProposalMutation, BatchMatchProposalQuery } from "../../../graphql/mentoring";
import { request } from "../../../lib/graphql-client";
import { useFormSubmit } from "../../../lib/use-form-submit";
import { ActionProblem, useAction } from "../use-action";
import { listOf } from "../vocabulary";
import { Reasons } from "./reasons";

type Proposal = ResultOf<typeof BatchMatchProposalQuery>["batchMatchProposal"];

interface BatchProposalProps {
  organisationId: string;
  onApplied: (message: string) => void;
}

export function BatchProposalSection({ organisationId, onApplied }: BatchProposalProps) {
  const [proposal, setProposal] = useState<Proposal | null>(null);
  const { run, isPending, problem } = useAction();
  const suggest = () =>
    run(async () => setProposal((await request(BatchMatchProposalQuery, { organisationId })).batchMatchProposal));
  return (
    <section aria-labelledby="batch">
      <h2 id="batch">Suggest matches for the whole waiting list</h2>
      <p>
        Kinship can look at everyone waiting and every mentor with room together, and suggest the pairs that fit best
        overall. You choose which to offer.
      </p>
      <ActionProblem problem={problem} />
      <button type="button" className="button-secondary" onClick={suggest} disabled={isPending}>
        {proposal ? "Suggest again" : "Suggest matches"}
      </button>
      {proposal && (
        <ProposalForm
          proposal={proposal}
          organisationId={organisationId}
          onApplied={(message) => {
            setProposal(null);
            onApplied(message);
          }}
        />
      )}
    </section>
  );
}

function ProposalForm({ proposal, organisationId, onApplied }: { proposal: Proposal } & BatchProposalProps) {
  const { onSubmit, problems, isPending } = useFormSubmit({}, async (data) => {
    const ticked = new Set(data.getAll("pair"));
    const assignments = proposal.assignments
      .filter((pair) => ticked.has(`${pair.request.id}:${pair.profile.id}`))
      .map((pair) => ({ requestId: pair.request.id, mentorProfileId: pair.profile.id }));
    const applied = await request(ApplyBatchProposalMutation, { organisationId, assignments });
    const count = applied.applyBatchProposal.length;
    onApplied(count === 1 ? "1 match is offered." : `${count} matches are offered.`);
  });
  if (proposal.assignments.length === 0) {
    return (
      <p role="status">
        There's nobody to suggest right now: no mentor with room fits anyone waiting. Check mentors' checks and capacity
        on the mentors page.
      </p>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate>
      <p role="status">
        Together these pairs fit with a total score of <strong>{Math.round(proposal.totalScore)}</strong>. Matching
        people one at a time, oldest first, would score {Math.round(proposal.greedyTotalScore)}.
      </p>
      <ErrorSummary problems={problems.summary} />
      <fieldset className="choices">
        <legend>Which pairs would you like to offer?</legend>
        {proposal.assignments.map((pair) => {
          const id = `pair-${pair.request.id}-${pair.profile.id}`;
          return (
            <div className="choice pair" key={id}>
              <input
                type="checkbox"
                id={id}
                name="pair"
                value={`${pair.request.id}:${pair.profile.id}`}
                defaultChecked
              />
              <label htmlFor={id}>
                <strong>
                  {pair.request.displayName} with {pair.profile.displayName}
                </strong>{" "}
                <span className="meta">(score {Math.round(pair.score)} out of 100)</span>
                <Reasons reasons={pair.reasons} />
              </label>
            </div>
          );
        })}
      </fieldset>
      {proposal.unassigned.length > 0 && (
        <p>
          No mentor fits {listOf(proposal.unassigned.map((waiting) => waiting.displayName))} yet. Their shortlists say
          why.
        </p>
      )}
      <button type="submit" className="button" disabled={isPending}>
        Offer the ticked matches
      </button>
    </form>
  );
}
