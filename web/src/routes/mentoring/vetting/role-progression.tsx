// Progression: a member becomes a volunteer, a peer mentor, a recovery
// champion. The member list is loaded only when asked for, because every read
// of it is recorded against each person on it.
import { useState } from "react";
import type { ResultOf } from "../../../graphql/graphql";
import { ChangeMemberRoleMutation, MembersForRolesQuery } from "../../../graphql/mentoring";
import { request } from "../../../lib/graphql-client";
import { type Role, roleLabel } from "../../home/role-features";
import { ActionProblem, useAction } from "../use-action";

type Member = NonNullable<NonNullable<ResultOf<typeof MembersForRolesQuery>["organisation"]>["members"]>[number];

const progression: Role[] = ["MEMBER", "VOLUNTEER", "PEER_MENTOR", "RECOVERY_CHAMPION"];

export function RoleProgression({ slug, organisationId }: { slug: string; organisationId: string }) {
  const [members, setMembers] = useState<Member[] | null>(null);
  const [message, setMessage] = useState("");
  const { run, isPending, problem } = useAction();
  const load = () =>
    run(async () => setMembers((await request(MembersForRolesQuery, { slug })).organisation?.members ?? []));
  const onChanged = (changed: Member, role: Role) => {
    setMembers((all) => all?.map((member) => (member.id === changed.id ? { ...member, role } : member)) ?? null);
    setMessage(`${changed.person.displayName} is now a ${roleLabel[role].toLowerCase()}.`);
  };
  return (
    <section aria-labelledby="progression">
      <h2 id="progression">Roles</h2>
      <p>
        When someone is ready to give something back, change their role: member, volunteer, peer mentor, recovery
        champion. Each change is recorded with your name.
      </p>
      <p className={message ? "notice" : "visually-hidden"} role="status">
        {message}
      </p>
      <ActionProblem problem={problem} />
      {members === null ? (
        <button type="button" className="button-secondary" onClick={load} disabled={isPending}>
          Show members to change a role
        </button>
      ) : (
        <ul className="member-list">
          {members
            .filter((member) => progression.includes(member.role))
            .map((member) => (
              <RoleRow key={member.id} member={member} organisationId={organisationId} onChanged={onChanged} />
            ))}
        </ul>
      )}
    </section>
  );
}

interface RoleRowProps {
  member: Member;
  organisationId: string;
  onChanged: (member: Member, role: Role) => void;
}

function RoleRow({ member, organisationId, onChanged }: RoleRowProps) {
  const [role, setRole] = useState<Role>(member.role);
  const { run, isPending, problem } = useAction();
  const id = `role-${member.id}`;
  const save = async () => {
    const personId = member.person.id;
    if (await run(() => request(ChangeMemberRoleMutation, { organisationId, personId, role }))) onChanged(member, role);
  };
  return (
    <li className="role-row">
      <label htmlFor={id} className="member-name">
        {member.person.displayName}
      </label>
      <select
        id={id}
        value={role}
        onChange={(event) => {
          const chosen = event.currentTarget.value;
          setRole(progression.find((choice) => choice === chosen) ?? member.role);
        }}
      >
        {progression.map((choice) => (
          <option key={choice} value={choice}>
            {roleLabel[choice]}
          </option>
        ))}
      </select>
      <button type="button" className="button-secondary" onClick={save} disabled={isPending || role === member.role}>
        Change role<span className="visually-hidden"> of {member.person.displayName}</span>
      </button>
      <ActionProblem problem={problem} />
    </li>
  );
}
