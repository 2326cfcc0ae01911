// In-app notifications: each person reads and clears only their own, and a
// notice is written in the same batch as the change it reports.
import { notifyStatement, staffOf } from "@kinship/api/notifications/notify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCodes, type TestAppHandle, testApp } from "../support/app";
import { createOrganisation, createPerson, defaultPassword } from "../support/factories";

let t: TestAppHandle;
const notice = { kind: "hours_decided" as const, message: "Your hours were approved.", link: "/volunteering" };
const list = "{ myNotifications { id kind message link isRead } }";

beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

describe("notifications", () => {
  it("lists only the viewer's own, and marks only their own as read", async () => {
    const [me, someoneElse] = await Promise.all([createPerson(t.db), createPerson(t.db)]);
    const ctx = { db: t.db, now: () => new Date() };
    await notifyStatement(ctx, [me.id], notice);
    await notifyStatement(ctx, [someoneElse.id], { ...notice, message: "Not for you." });
    const client = t.client();
    await client.signIn(me.email, defaultPassword);
    const mine = await client.gql<{ myNotifications: { id: string; message: string; isRead: boolean }[] }>(list);
    expect(mine.data?.myNotifications.map((n) => n.message)).toEqual(["Your hours were approved."]);

    const theirs = await t.client();
    await theirs.signIn(someoneElse.email, defaultPassword);
    const theirId = (await theirs.gql<{ myNotifications: { id: string }[] }>(list)).data!.myNotifications[0]!.id;
    const marked = await client.gql<{ markNotificationsRead: number }>(
      "mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }",
      { ids: [mine.data!.myNotifications[0]!.id, theirId] },
    );
    expect(marked.data?.markNotificationsRead).toBe(1);
    const after = await theirs.gql<{ myNotifications: { isRead: boolean }[] }>(list);
    expect(after.data?.myNotifications[0]?.isRead).toBe(false);
  });

  it("finds an organisation's coordinators and admins to tell, and no one else", async () => {
    const organisation = await createOrganisation(t.db);
    const staff = await createPerson(t.db, { memberships: [{ organisationId: organisation.id, role: "coordinator" }] });
    await createPerson(t.db, { memberships: [{ organisationId: organisation.id, role: "peer_mentor" }] });
    expect(await staffOf({ db: t.db }, organisation.id)).toEqual([staff.id]);
  });

  it("tells each person a deduplicated notice once", async () => {
    const person = await createPerson(t.db);
    const ctx = { db: t.db, now: () => new Date() };
    const once = { ...notice, dedupeKey: "vetting:abc:2026-11-23" };
    await notifyStatement(ctx, [person.id], once);
    await notifyStatement(ctx, [person.id], once);
    const client = t.client();
    await client.signIn(person.email, defaultPassword);
    const result = await client.gql<{ myNotifications: unknown[] }>(list);
    expect(result.data?.myNotifications).toHaveLength(1);
  });

  it("refuses anonymous visitors", async () => {
    expect(errorCodes(await t.client().gql(list))).toEqual(["UNAUTHENTICATED"]);
  });
});
