// The map's growth in a sentence or two, as a person would say it: "Since March
// 2026 you've added 4 supportive connections." Fewer is said plainly and without
// blame: maps change, and letting go of someone can be part of recovery.
import type { NetworkPoint } from "./vocabulary";

const monthYear = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });
const dayMonth = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", timeZone: "UTC" });
const asDate = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

/** "March 2026", or "2 March" when that is this month (saying "since March" in March says little). */
export function sinceWords(firstOn: string, today: string) {
  return firstOn.slice(0, 7) === today.slice(0, 7)
    ? dayMonth.format(asDate(firstOn))
    : monthYear.format(asDate(firstOn));
}

const connections = (count: number, kind: string) =>
  `${count} ${kind}${kind ? " " : ""}connection${count === 1 ? "" : "s"}`;

/** `isOwn`: the person reading about their own map ("you"), or someone they share it with ("they"). */
export function growthSummary(points: readonly NetworkPoint[], today: string, isOwn: boolean): string {
  const you = isOwn
    ? { have: "you've", subject: "you", possessive: "your" }
    : { have: "they've", subject: "they", possessive: "their" };
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) {
    return isOwn
      ? "Your map is empty so far. Add the people and groups in your life to see it grow."
      : "Nothing is on their map yet.";
  }
  const since = `Since ${sinceWords(first.on, today)}`;
  if (points.length === 1) {
    return `${since} ${you.possessive} map has ${connections(last.connectionCount, "")}, ${last.supportiveCount} of them supportive.`;
  }
  const supportive = last.supportiveCount - first.supportiveCount;
  const community = last.recoveryCommunityCount - first.recoveryCommunityCount;
  const sentences = [
    supportive > 0
      ? `${since} ${you.have} added ${connections(supportive, "supportive")}.`
      : supportive === 0
        ? `${since} ${you.possessive} supportive connections have stayed at ${last.supportiveCount}.`
        : `${since} ${you.subject} have ${connections(-supportive, "supportive")} fewer. Maps change, and that's all right.`,
  ];
  if (community > 0) sentences.push(`That includes ${community} more in the recovery community.`);
  return sentences.join(" ");
}
