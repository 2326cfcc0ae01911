// The feeds a public page can point to with <link rel="alternate">, so apps
// and other directories find them. Meeting Guide asks for a fully qualified
// URL and the exact title "Meetings Feed", so pass the site's origin.
export type AlternateKind = "directory" | "organisation" | "gathering" | "search";

export interface AlternateLink {
  href: string;
  type: string;
  title: string;
}

/**
 * `idOrSlug` is the organisation's slug, the gathering's id, or for a search
 * its query string (the finder's GET parameters); it is ignored for the directory.
 */
export function alternateLinks(kind: AlternateKind, idOrSlug: string | null, origin = ""): AlternateLink[] {
  const key = encodeURIComponent(idOrSlug ?? "");
  switch (kind) {
    case "directory":
      return [
        { href: `${origin}/feeds/meeting-guide.json`, type: "application/json", title: "Meetings Feed" },
        { href: `${origin}/services`, type: "application/json", title: "Services (Open Referral UK)" },
      ];
    case "organisation":
      return [
        { href: `${origin}/organisations/${key}/meeting-guide.json`, type: "application/json", title: "Meetings Feed" },
        { href: `${origin}/organisations/${key}/calendar.ics`, type: "text/calendar", title: "Calendar" },
      ];
    case "gathering":
      return [
        { href: `${origin}/gatherings/${key}/calendar.ics`, type: "text/calendar", title: "Add to your calendar" },
        { href: `${origin}/services/${key}`, type: "application/json", title: "Service (Open Referral UK)" },
      ];
    case "search": {
      const query = (idOrSlug ?? "").replace(/^\?/, "");
      return [
        {
          href: `${origin}/calendar.ics${query ? `?${query}` : ""}`,
          type: "text/calendar",
          title: "Calendar of this search",
        },
      ];
    }
  }
}
