// The instruments an organisation may offer: the built-in check-in and any it has
// loaded, with what each asks. Admins retire ones they no longer use.
import { useState } from "react";
import type { ResultOf } from "../../../graphql/graphql";
import { type InstrumentFields, RetireRecoveryInstrumentMutation } from "../../../graphql/journey-check-ins";
import { request, toApiError } from "../../../lib/graphql-client";

type Instrument = ResultOf<typeof InstrumentFields>;

export function InstrumentList({
  instruments,
  offeredId,
  canRetire,
  onRetired,
}: {
  instruments: Instrument[];
  offeredId: string;
  canRetire: boolean;
  onRetired: () => void;
}) {
  const [problem, setProblem] = useState<string | null>(null);
  const retire = async (id: string) => {
    setProblem(null);
    try {
      await request(RetireRecoveryInstrumentMutation, { id });
      onRetired();
    } catch (error) {
      setProblem(toApiError(error).message);
    }
  };
  return (
    <section aria-labelledby="instruments-heading">
      <h2 id="instruments-heading">Instruments</h2>
      {problem && (
        <p role="alert" className="field-error">
          {problem}
        </p>
      )}
      <ul className="plain-list">
        {instruments.map((instrument) => (
          <li key={instrument.id} className="instrument">
            <h3>
              {instrument.name} (version {instrument.version})
            </h3>
            <p>
              {instrument.isBuiltIn ? "Built in. " : `Code “${instrument.code}”. `}
              {instrument.id === offeredId && <strong>Offered to your members now. </strong>}
              {instrument.retiredAt && <strong>Retired: no longer offered. </strong>}
              {instrument.items.length} statements, answered from “{instrument.answerOptions[0]?.label}” to “
              {instrument.answerOptions[instrument.answerOptions.length - 1]?.label}”. Suggested every{" "}
              {instrument.suggestedEveryWeeks} weeks.
            </p>
            <p className="hint">{instrument.attribution}</p>
            <details>
              <summary>What it asks</summary>
              <ol>
                {instrument.items.map((item) => (
                  <li key={item.code}>
                    {item.text}
                    {item.isReversed && " (scored the other way round)"}
                  </li>
                ))}
              </ol>
              <p>Bands: {instrument.bands.map((band) => `${band.label} from ${band.fromPercent}%`).join("; ")}.</p>
            </details>
            {canRetire && !instrument.isBuiltIn && !instrument.retiredAt && instrument.id !== offeredId && (
              <button type="button" className="button-secondary" onClick={() => retire(instrument.id)}>
                Retire {instrument.name} version {instrument.version}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
