// The safeguarding part of the session form, kept apart from the notes so it is
// never missed: what to write, who is told, and when to phone instead.
import { TextAreaField } from "../../directory/form-fields";

export function ConcernField({ error }: { error: string | undefined }) {
  return (
    <section className="concern-box" aria-labelledby="concern-heading">
      <h2 id="concern-heading">I'm worried about their safety or someone else's</h2>
      <p>
        Use this if something they said or you saw makes you worried that they, a child or another adult could be
        harmed. Leave it empty if not.
      </p>
      <p>
        <strong>What happens next:</strong> the coordinators at your organisation are told straight away that there is a
        concern (the message doesn't say what it is). One of them will read it, decide what to do and reply here,
        usually the same working day. The person can see what you write, as they can see everything recorded about them.
      </p>
      <p className="warning">If someone is in danger right now, call 999. Then tell a coordinator by phone too.</p>
      <TextAreaField
        id="concern"
        label="What are you worried about?"
        hint="Say what was said or seen, and when. Up to 2,000 characters."
        rows={4}
        maxLength={2000}
        error={error}
      />
    </section>
  );
}
