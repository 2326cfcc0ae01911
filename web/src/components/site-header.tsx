// The header on every page: the name, and the ways in or out.
import { useState } from "react";
import { Link, useLocation } from "wouter";
import { SignOutMutation } from "../graphql/accounts";
import { request, toApiError } from "../lib/graphql-client";
import { useSignedInViewer, useViewer } from "../lib/viewer";
import type { SignInNotice } from "../routes/accounts/sign-in-page";

export function SiteHeader() {
  const viewer = useSignedInViewer();
  const { setViewer } = useViewer();
  const [, navigate] = useLocation();
  const [problem, setProblem] = useState<string | null>(null);

  const signOut = async () => {
    setProblem(null);
    try {
      await request(SignOutMutation);
    } catch (error) {
      const apiError = toApiError(error);
      // Already signed out (for example from another device): that is what they wanted.
      if (apiError.code !== "UNAUTHENTICATED") return setProblem(apiError.message);
    }
    setViewer(null);
    navigate("/sign-in", { state: { notice: "You've signed out." } satisfies SignInNotice });
  };

  return (
    <header className="site-header">
      <div className="container header-row">
        <Link href={viewer ? "/home" : "/"} className="brand">
          Kinship
        </Link>
        <nav aria-label="Account">
          <ul>
            {viewer ? (
              <>
                <li>
                  <Link href="/account">Account</Link>
                </li>
                <li>
                  <button type="button" className="link-button" onClick={signOut}>
                    Sign out
                  </button>
                </li>
              </>
            ) : (
              <>
                <li>
                  <Link href="/sign-in">Sign in</Link>
                </li>
                <li>
                  <Link href="/sign-up">Create account</Link>
                </li>
              </>
            )}
          </ul>
        </nav>
      </div>
      {problem && (
        <p className="container header-problem" role="alert">
          {problem}
        </p>
      )}
    </header>
  );
}
