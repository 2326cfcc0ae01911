// What the demo town's lighter participants write: goals and their first small
// steps, the names they give people on their maps, and short check-in notes.
// Written the way people write about themselves: short, plain, hopeful.
import type { ConnectionKind, SupportNeed } from "../schema";
import type { ConnectionSource } from "./demo-journey-story";

export const goalIdeas: { title: string; needs: SupportNeed[]; steps: string[] }[] = [
  {
    title: "Cut down to weekends only",
    needs: ["health"],
    steps: ["Keep a drinks diary for two weeks", "Tell my partner the plan", "Swap Friday at the pub for the café"],
  },
  {
    title: "Get to a meeting every week",
    needs: ["mutual_aid"],
    steps: ["Look up meetings near me", "Go to one with my keyworker", "Go on my own"],
  },
  {
    title: "Sort out my debts",
    needs: ["money_debt"],
    steps: ["Ring the debt advice line", "List everything I owe", "Set up a payment plan"],
  },
  {
    title: "Find somewhere settled to live",
    needs: ["housing"],
    steps: ["Register with the council", "Ask about the bond scheme", "View a room"],
  },
  {
    title: "Get back in touch with my family",
    needs: ["family"],
    steps: ["Write to my dad", "Meet my sister for a coffee", "Go for Sunday dinner"],
  },
  {
    title: "Sleep through the night",
    needs: ["health"],
    steps: ["See the GP about sleep", "No caffeine after four", "Walk every evening"],
  },
  {
    title: "Find a volunteering role",
    needs: ["work_education_training", "social_life"],
    steps: ["Ask at the café about shifts", "Do the induction", "Do my first shift"],
  },
  {
    title: "Start a course",
    needs: ["work_education_training"],
    steps: ["Look at what the college offers", "Go to an open day", "Send the application"],
  },
  {
    title: "Make a friend who doesn't use",
    needs: ["social_life", "confidence"],
    steps: ["Go to the Thursday café", "Stay for the whole evening", "Swap numbers with someone"],
  },
  {
    title: "Keep every probation appointment",
    needs: ["justice"],
    steps: ["Put the dates in my phone", "Work out the bus times", "Go to each one"],
  },
  {
    title: "Get my benefits sorted",
    needs: ["benefits"],
    steps: ["Find my National Insurance number", "Book the jobcentre appointment", "Take someone with me"],
  },
  {
    title: "Feel less anxious going out",
    needs: ["confidence", "health"],
    steps: ["Walk to the shop and back", "Try the Sunday walk", "Get the bus into town"],
  },
];

export const familyLabels = ["Mum", "Dad", "My sister", "My brother", "Nan", "My daughter", "My son", "My auntie"];
export const friendLabels = ["Friend from school", "Mate from my old job", "Neighbour over the road"];
export const usingLabels = ["Mates from the pub", "People I used with", "Lads on the estate", "Old crowd from town"];

export interface CommunityPlace {
  label: string;
  kind: ConnectionKind;
  from?: ConnectionSource;
  /** Only offered to people who would go: the women's group and the men's circle. */
  onlyFor?: "women" | "men";
}

const gathering = (name: string) => ({ gathering: name });

/** The recovery community that each organisation's people find, as they name it on their maps. */
export const communityPlaces: Record<"service" | "community", CommunityPlace[]> = {
  service: [
    { label: "Recovery skills group", kind: "mutual_aid_group", from: gathering("Recovery skills group") },
    { label: "Women's group", kind: "mutual_aid_group", from: gathering("Women's group"), onlyFor: "women" },
    { label: "Fresh start group", kind: "mutual_aid_group", from: gathering("Fresh start group") },
    { label: "SMART meeting", kind: "mutual_aid_group" },
    { label: "Thursday café", kind: "recovery_cafe", from: gathering("Thursday Recovery Café") },
  ],
  community: [
    { label: "Thursday café", kind: "recovery_cafe", from: gathering("Thursday Recovery Café") },
    { label: "Breakfast club", kind: "recovery_cafe", from: gathering("Saturday Breakfast Club") },
    { label: "Sunday walk", kind: "recovery_walk", from: gathering("Sunday riverside walk at Burrs") },
    { label: "Café volunteers", kind: "volunteering_team" },
    { label: "Men's group", kind: "mutual_aid_group", from: gathering("Men's peer support circle"), onlyFor: "men" },
    { label: "Sunday night check-in", kind: "mutual_aid_group", from: gathering("Sunday night check-in (online)") },
  ],
};

export const checkInNotes = [
  "Better week than last.",
  "Struggling with sleep again.",
  "Went to the café twice this week.",
  "Money worries, but coping.",
  "Felt proud of myself today.",
  "A wobbly week. Rang my keyworker.",
  "Seeing the kids on Saturday.",
  "Quiet week, which is good.",
];

export const lapseNotes = [
  "Used at the weekend after a row at home. Told my keyworker on Monday.",
  "Had a drink on payday. Making a plan for next month.",
  "Slipped after a funeral. Back at the group this week.",
];

// First names (pseudonyms, as members often choose) that nobody else in the demo town uses.
export const womenNames = (
  "Abi Adele Anita Bernie Brenda Cath Charlene Debbie Elaine Ellie Emma Fiona Fran Gail Georgia Hannah " +
  "Jenny Joanne Karen Kirsty Lauren Lorraine Maria Mel Michelle Nadia Noreen Sadia Sarah Sharon Steph " +
  "Tracey Vicky Yasmin Zoe"
).split(" ");
export const menNames = (
  "Aaron Aidan Alfie Bradley Callum Carl Colin Connor Danny Darren Declan Faisal Gordon Harry Ian Jamie " +
  "Keith Kyle Leon Luke Martin Neil Olly Phil Ricky Ryan Scott Shaun Terry Warren"
).split(" ");
