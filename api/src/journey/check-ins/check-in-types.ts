// The GraphQL shape of one check-in: its score and band, each item scored on
// 0–100 with its domain, and the change per domain since the check-in before. The
// note is opened with the person's own key only when it is asked for.
import type { RecoveryDomain } from "@kinship/db/schema";
import { personCipher } from "../../crypto/person-keys";
import { builder } from "../../graphql/builder";
import { RecoveryDomainEnum } from "../enums";
import { checkInNoteLocation } from "./check-in-location";
import { domainWords } from "./domain-words";
import { answerLabel, bandFor, type DomainChange, type ItemScore, itemScores } from "./instrument-score";
import { InstrumentBandRef } from "./instrument-types";
import type { CheckInView } from "./read-check-in-history";

export const DomainScoreRef = builder.objectRef<ItemScore & { label: string }>("DomainScore").implement({
  description: "One item of a check-in: its domain, what it said, the answer, and the answer as 0–100.",
  fields: (t) => ({
    domain: t.field({ type: RecoveryDomainEnum, resolve: (score) => score.item.domain }),
    domainWords: t.string({ resolve: (score) => domainWords[score.item.domain] }),
    itemCode: t.string({ resolve: (score) => score.item.code }),
    itemText: t.string({ resolve: (score) => score.item.text }),
    value: t.exposeInt("value"),
    answerLabel: t.exposeString("label"),
    percent: t.exposeFloat("percent", { description: "100 always means more recovery capital, reversed items too." }),
  }),
});

export const DomainChangeRef = builder.objectRef<DomainChange>("DomainChange").implement({
  description: "How far a domain moved, in percentage points, since the check-in before (same instrument).",
  fields: (t) => ({
    domain: t.expose("domain", { type: RecoveryDomainEnum }),
    domainWords: t.string({ resolve: (change) => domainWords[change.domain as RecoveryDomain] }),
    percentBefore: t.exposeFloat("percentBefore"),
    percentNow: t.exposeFloat("percentNow"),
    change: t.exposeFloat("change"),
  }),
});

export const CheckInRef = builder.objectRef<CheckInView>("CheckIn").implement({
  fields: (t) => ({
    id: t.exposeID("id"),
    takenOn: t.exposeString("takenOn"),
    instrumentName: t.string({ resolve: (checkIn) => checkIn.instrument.name }),
    scorePercent: t.exposeFloat("scorePercent"),
    band: t.field({
      type: InstrumentBandRef,
      resolve: (checkIn) => bandFor(checkIn.instrument.definition, checkIn.scorePercent),
    }),
    domains: t.field({
      type: [DomainScoreRef],
      resolve: ({ instrument: { definition }, answers }) =>
        itemScores(definition, answers).map((score) => ({
          ...score,
          label: answerLabel(definition, score.value),
        })),
    }),
    note: t.string({
      nullable: true,
      description: "The person's own words. Null when there is none, or it can no longer be read.",
      resolve: (checkIn, _args, ctx) =>
        checkIn.noteCipher === null
          ? null
          : personCipher(ctx, checkIn.personId).decrypt(checkIn.noteCipher, checkInNoteLocation(checkIn.id)),
    }),
  }),
});
