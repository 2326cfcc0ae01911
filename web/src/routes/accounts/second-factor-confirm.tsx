// Confirming it's you once per visit, with a code from the app or a recovery code.
import { useLocation } from "wouter";
import { Page } from "../../components/page";
import { VerifySecondFactorMutation } from "../../graphql/second-factor";
import { request } from "../../lib/graphql-client";
import { SecondFactorCodeForm } from "./second-factor-code-form";

export function SecondFactorConfirm() {
  const [, navigate] = useLocation();
  return (
    <Page title="Confirm it's you">
      <p>
        Because you can see people's private information, we ask for a code from your authenticator app each time you
        sign in.
      </p>
      <SecondFactorCodeForm
        label="Code from your authenticator app"
        hint={
          <>
            Open the app and enter the 6-digit code for Kinship. Lost your phone? Use a recovery code instead: it looks
            like <span className="nowrap">abcde-fghij</span>, and each one works once.
          </>
        }
        submitLabel="Confirm"
        pendingLabel="Checking…"
        onCode={async (code) => {
          await request(VerifySecondFactorMutation, { code });
          navigate("/home");
        }}
      />
    </Page>
  );
}
