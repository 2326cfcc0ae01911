// The one field a person signs in with (their email address or mobile number),
// shared by signing in and asking for a new password so both fill alike.
import { TextField } from "../../components/text-field";

export function IdentifierField({ error }: { error: string | undefined }) {
  return (
    <TextField
      id="identifier"
      label="Email address or mobile number"
      autoComplete="username"
      autoCapitalize="none"
      spellCheck={false}
      required
      error={error}
    />
  );
}
