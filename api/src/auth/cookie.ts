// The session cookie. Over HTTPS it is a `__Host-` cookie (Secure, Path=/, no
// Domain), which a sibling subdomain cannot overwrite; on plain-HTTP localhost
// browsers refuse Secure cookies, so development uses an unprefixed name.
import { sessionLifetimeMs } from "./sessions";

export const sessionCookieName = (isSecure: boolean) => (isSecure ? "__Host-kinship_session" : "kinship_session");

export function sessionCookie(token: string, isSecure: boolean): string {
  const maxAge = Math.floor(sessionLifetimeMs / 1000);
  return [
    `${sessionCookieName(isSecure)}=${token}`,
    "Path=/",
    "HttpOnly",
    "SameSite=Lax",
    `Max-Age=${maxAge}`,
    ...(isSecure ? ["Secure"] : []),
  ].join("; ");
}

export function clearedSessionCookie(isSecure: boolean): string {
  return [
    `${sessionCookieName(isSecure)}=`,
    "Path=/",
    "HttpOnly",
    "SameSite=Lax",
    "Max-Age=0",
    ...(isSecure ? ["Secure"] : []),
  ].join("; ");
}

export function readSessionToken(cookieHeader: string | undefined, isSecure: boolean): string | null {
  if (!cookieHeader) return null;
  const name = sessionCookieName(isSecure);
  for (const part of cookieHeader.split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return rest.join("=") || null;
  }
  return null;
}
