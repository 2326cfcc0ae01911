// Scoring a check-in against its instrument's definition, with no database: which
// answers are acceptable, each item as a share of its scale (turned round for
// reversed items), the overall score and band, strengths and gaps in plain words,
// and the change per domain since the check-in before.
import type { InstrumentDefinition, InstrumentItem, RecoveryDomain } from "@kinship/db/schema";
import { gapSentence, strengthSentence } from "./domain-words";

export interface Answer {
  itemCode: string;
  value: number;
}
export interface AnswerProblem {
  /** `answers.<item code>` for one question, `answers` for the whole set. */
  path: string;
  message: string;
}
export interface ItemScore {
  item: InstrumentItem;
  value: number;
  percent: number;
}
export interface DomainChange {
  domain: RecoveryDomain;
  percentBefore: number;
  percentNow: number;
  change: number;
}

const oneDecimal = (value: number) => Math.round(value * 10) / 10;
const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

/** Every problem with a set of answers: each item answered once, each value a point on the scale. */
export function answerProblems(definition: InstrumentDefinition, answers: Answer[]): AnswerProblem[] {
  const { min, max } = definition.scale;
  const problems: AnswerProblem[] = [];
  const codes = new Set(definition.items.map((item) => item.code));
  const answered = new Set<string>();
  for (const answer of answers) {
    if (!codes.has(answer.itemCode) || answered.has(answer.itemCode)) {
      problems.push({
        path: "answers",
        message: "Some answers don't match this check-in's questions. Please reload the page and try again.",
      });
      return problems;
    }
    answered.add(answer.itemCode);
    if (!Number.isInteger(answer.value) || answer.value < min || answer.value > max) {
      problems.push({ path: `answers.${answer.itemCode}`, message: "Choose one of the answers given." });
    }
  }
  for (const item of definition.items) {
    if (!answered.has(item.code)) {
      problems.push({ path: `answers.${item.code}`, message: `Choose an answer for “${item.text}”` });
    }
  }
  return problems;
}

/** 0–100: where the answer sits on the scale, where 100 always means more recovery capital. */
export function itemPercent(definition: InstrumentDefinition, item: InstrumentItem, value: number) {
  const { min, max } = definition.scale;
  const share = ((value - min) / (max - min)) * 100;
  return oneDecimal(item.isReversed ? 100 - share : share);
}

/** The words of the scale point `value`, or the number when the scale has no label for it. */
export const answerLabel = ({ scale }: InstrumentDefinition, value: number) =>
  scale.labels[value - scale.min] ?? String(value);

/** The answered items, scored, in the instrument's order. */
export function itemScores(definition: InstrumentDefinition, answers: Record<string, number>): ItemScore[] {
  return definition.items.flatMap((item) => {
    const value = answers[item.code];
    return value === undefined ? [] : [{ item, value, percent: itemPercent(definition, item, value) }];
  });
}

/** The mean of the item percentages: the score stored with the check-in. */
export function scorePercent(definition: InstrumentDefinition, answers: Record<string, number>) {
  const scores = itemScores(definition, answers);
  return scores.length ? oneDecimal(mean(scores.map((score) => score.percent))) : 0;
}

/** The highest band the score reaches (bands run upwards from 0). */
export function bandFor(definition: InstrumentDefinition, percent: number) {
  const reached = definition.bands.filter((band) => band.fromPercent <= percent);
  return reached[reached.length - 1] ?? definition.bands[0]!;
}

/** Mean percentage per domain, in the order the domains first appear in the instrument. */
export function domainPercents(definition: InstrumentDefinition, answers: Record<string, number>) {
  const byDomain = new Map<RecoveryDomain, number[]>();
  for (const score of itemScores(definition, answers)) {
    byDomain.set(score.item.domain, [...(byDomain.get(score.item.domain) ?? []), score.percent]);
  }
  return new Map([...byDomain].map(([domain, percents]) => [domain, oneDecimal(mean(percents))]));
}

/** Strengths and gaps named by domain, each domain once, in the instrument's order. */
export function strengthsAndGaps(definition: InstrumentDefinition, answers: Record<string, number>) {
  const strengths = new Set<RecoveryDomain>();
  const gaps = new Set<RecoveryDomain>();
  for (const { item, percent } of itemScores(definition, answers)) {
    if (percent >= definition.strengthAtLeastPercent) strengths.add(item.domain);
    else if (percent <= definition.gapAtMostPercent) gaps.add(item.domain);
  }
  return { strengths: [...strengths].map(strengthSentence), gaps: [...gaps].map(gapSentence) };
}

/** Per domain answered both times, how far it moved (percentage points) from `before` to `now`. */
export function changeSinceLast(
  definition: InstrumentDefinition,
  now: Record<string, number>,
  before: Record<string, number>,
): DomainChange[] {
  const earlier = domainPercents(definition, before);
  return [...domainPercents(definition, now)].flatMap(([domain, percentNow]) => {
    const percentBefore = earlier.get(domain);
    if (percentBefore === undefined) return [];
    return [{ domain, percentBefore, percentNow, change: oneDecimal(percentNow - percentBefore) }];
  });
}

/** Valid answers as stored: item code → value. */
export const answersByCode = (answers: Answer[]) =>
  Object.fromEntries(answers.map((answer) => [answer.itemCode, answer.value]));
