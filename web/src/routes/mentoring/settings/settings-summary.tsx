// The organisation's mentoring rules to read, for coordinators: they record
// checks against them and explain the shortlist with them, but only admins
// change them.
import { type DetailRow, DetailsList } from "../details-list";
import { daysText, monthsText, type Settings, trainingLastsText, weightNames, weightWords } from "./settings-words";

export function SettingsSummary({ settings }: { settings: Settings }) {
  const checks: DetailRow[] = [
    [
      "DBS check",
      settings.isCriminalRecordsCheckRequired
        ? `Needed, and stays current for ${monthsText(settings.criminalRecordsCheckValidMonths)}`
        : "Not needed",
    ],
    ["References", settings.referencesRequired === 0 ? "None needed" : `${settings.referencesRequired} needed`],
    ["Volunteer agreement", `Signed again every ${monthsText(settings.agreementValidMonths)}`],
    ["Supervision", `At least every ${daysText(settings.supervisionEveryDays)}`],
  ];
  return (
    <>
      <section aria-labelledby="training-heading">
        <h2 id="training-heading">Training mentors need</h2>
        {settings.requiredTraining.length === 0 ? (
          <p>No training is required.</p>
        ) : (
          <ul>
            {settings.requiredTraining.map((module) => (
              <li key={module.code}>
                {module.name}: {trainingLastsText(module.validForMonths)}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="checks-heading">
        <h2 id="checks-heading">Checks and supervision</h2>
        <DetailsList rows={checks} />
      </section>
      <section aria-labelledby="weights-heading">
        <h2 id="weights-heading">What counts in a match</h2>
        <p>Each part counts from 0 (not at all) to 10 (the most).</p>
        <dl className="weights-list">
          {weightNames.map((name) => (
            <div key={name}>
              <dt>
                {weightWords[name].label}: {settings.weights[name]} out of 10
              </dt>
              <dd>{weightWords[name].meaning}</dd>
            </div>
          ))}
        </dl>
      </section>
    </>
  );
}
