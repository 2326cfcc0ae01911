// The devices where this person is signed in, so a lost or shared phone can be
// signed out from here.
import { useState } from "react";
import { useLocation } from "wouter";
import { EndSessionMutation, MySessionsQuery, SignOutEverywhereMutation } from "../../graphql/accounts";
import { request, toApiError } from "../../lib/graphql-client";
import { useQuery } from "../../lib/use-query";
import { useViewer } from "../../lib/viewer";
import type { SignInNotice } from "./sign-in-page";

const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short" });
const when = (iso: string) => dateTime.format(new Date(iso));

export function SessionList() {
  const { state, reload } = useQuery(MySessionsQuery);
  const { setViewer } = useViewer();
  const [, navigate] = useLocation();
  const [problem, setProblem] = useState<string | null>(null);

  const signedOutHere = (notice: string) => {
    setViewer(null);
    navigate("/sign-in", { state: { notice } satisfies SignInNotice });
  };
  const run = async (action: () => Promise<void>) => {
    setProblem(null);
    try {
      await action();
    } catch (error) {
      setProblem(toApiError(error).message);
    }
  };
  const endSession = (id: string, isCurrent: boolean) =>
    run(async () => {
      await request(EndSessionMutation, { id });
      if (isCurrent) signedOutHere("You've signed out of this device.");
      else reload();
    });
  const signOutEverywhere = () =>
    run(async () => {
      await request(SignOutEverywhereMutation);
      signedOutHere("You've signed out on every device.");
    });

  return (
    <section aria-labelledby="devices">
      <h2 id="devices">Where you're signed in</h2>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      {state.status === "loading" && <p role="status">Loading your devices…</p>}
      {state.status === "failed" && <p role="alert">{state.error.message}</p>}
      {state.status === "ready" && (
        <ul className="session-list">
          {state.data.mySessions.map((session) => (
            <li key={session.id} className="card">
              <p className="session-device">
                {session.device}
                {session.isCurrent && <span className="tag">This device</span>}
              </p>
              <p className="meta">
                Signed in {when(session.createdAt)}. Last used {when(session.lastUsedAt)}.
              </p>
              <button
                type="button"
                className="button-secondary"
                onClick={() => endSession(session.id, session.isCurrent)}
              >
                Sign out of this device<span className="visually-hidden">: {session.device}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <p>If you think someone else has signed in as you, sign out everywhere and then change your password.</p>
      <button type="button" className="button-secondary" onClick={signOutEverywhere}>
        Sign out everywhere
      </button>
    </section>
  );
}
