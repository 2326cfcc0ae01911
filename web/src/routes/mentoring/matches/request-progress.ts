// Where a request for a mentor has got to, in the words the person sees. The
// matches made for it say more than the request's own status: a request stays
// "matched" while its mentor decides, and again after the match ends.
import type { ResultOf } from "../../../graphql/graphql";
import type { MatchFields, MentorRequestFields } from "../../../graphql/mentoring";
import type { MatchStatus } from "../vocabulary";

export type Match = ResultOf<typeof MatchFields>;
export type MyRequest = ResultOf<typeof MentorRequestFields> & { matches: Match[] };

export const matchedStatuses: readonly MatchStatus[] = ["ACCEPTED", "ACTIVE", "PAUSED"];

export type RequestProgress =
  | { step: "waiting"; heading: string }
  | { step: "choosing"; heading: string; offers: Match[] }
  | { step: "asking-mentor"; heading: string; match: Match }
  | { step: "matched"; heading: string; match: Match }
  | { step: "closed"; heading: string };

export function progressOf(request: MyRequest): RequestProgress {
  const matched = request.matches.find((match) => matchedStatuses.includes(match.status));
  if (matched) return { step: "matched", heading: `You're matched with ${matched.mentorName}`, match: matched };
  const proposed = request.matches.find((match) => match.status === "PROPOSED");
  if (proposed) {
    return { step: "asking-mentor", heading: `Waiting for ${proposed.mentorName} to say yes`, match: proposed };
  }
  const offers = request.matches.filter((match) => match.status === "OFFERED");
  if (offers.length > 0) return { step: "choosing", heading: "Choose your mentor", offers };
  if (request.status === "WAITING") return { step: "waiting", heading: "We're finding you a mentor" };
  if (request.status === "WITHDRAWN") return { step: "closed", heading: "You stopped this request" };
  const ended = request.matches.find((match) => match.status === "ENDED");
  return { step: "closed", heading: ended ? `Your time with ${ended.mentorName} has ended` : "This request is closed" };
}

/** Whether the person already has a request on the go, so asking again would be a duplicate. */
export const isOpen = (request: MyRequest) => {
  const { step } = progressOf(request);
  return step !== "closed";
};
