// What to suggest after a lapse: a prompt to re-plan, never a reset. Their goals
// (to pick the next small step), their mentor if they have one, and a meeting.
import { schema } from "@kinship/db";
import { and, eq, inArray } from "drizzle-orm";
import type { Context } from "../../graphql/context";

export interface RePlanLink {
  label: string;
  href: string;
}

export const afterLapseMessage =
  "Thank you for writing it down. A lapse doesn't undo what you've built: your goals, steps and milestones are all still here, exactly as they were. When you're ready, pick one small next step.";

export async function rePlanLinks(ctx: Pick<Context, "db">, personId: string): Promise<RePlanLink[]> {
  const { mentoringMatches, people } = schema;
  const mentors = await ctx.db
    .select({ name: people.displayName })
    .from(mentoringMatches)
    .innerJoin(people, eq(people.id, mentoringMatches.mentorPersonId))
    .where(
      and(
        eq(mentoringMatches.menteePersonId, personId),
        inArray(mentoringMatches.status, ["accepted", "active", "paused"]),
      ),
    );
  return [
    { label: "Look at your goals and choose a small next step", href: "/journey/goals" },
    ...mentors.map((mentor) => ({ label: `Talk it over with ${mentor.name}, your mentor`, href: "/mentoring" })),
    { label: "Find a meeting or group, in person or online", href: "/find" },
  ];
}
