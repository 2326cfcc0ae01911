// Words a discreet reminder never contains: a text on a lock screen, or an email
// preview on a shared computer, must not tell anyone what the person is dealing
// with or who supports them. Organisation names are kept out by the templates,
// which never put one into a discreet message.
const lowerCaseWords = [
  "drug",
  "drugs",
  "alcohol",
  "alcoholic",
  "alcoholics",
  "drink",
  "drinking",
  "drunk",
  "substance",
  "substances",
  "treatment",
  "recovery",
  "recovering",
  "rehab",
  "rehabilitation",
  "addiction",
  "addict",
  "addicted",
  "sober",
  "sobriety",
  "relapse",
  "lapse",
  "detox",
  "methadone",
  "overdose",
  "naloxone",
  "narcotics",
  "kinship",
  "mentor",
  "mentoring",
  "mentee",
  "keyworker",
  "counselling",
  "counsellor",
  "therapy",
  "clinic",
];
// Fellowships' initials, only in capitals: "na" and "aa" are not words anyone texts otherwise.
const capitalInitials = ["AA", "NA", "CA"];

const wordPattern = new RegExp(`\\b(${lowerCaseWords.join("|")})\\b`, "i");
const initialsPattern = new RegExp(`\\b(${capitalInitials.join("|")})\\b`);

export const bannedWords: readonly string[] = [...lowerCaseWords, ...capitalInitials];

/** The first banned word in the text, or null when it is discreet. */
export function bannedWordIn(text: string): string | null {
  return wordPattern.exec(text)?.[1] ?? initialsPattern.exec(text)?.[1] ?? null;
}
