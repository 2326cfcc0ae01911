// One gathering's public page: everything needed to turn up, readable and
// indexable with no JavaScript. Share is a mailto link the script upgrades.
import { type DocumentHead, PublicDocument } from "./document";
import { OccurrenceList, type OccurrenceView } from "./occurrence-list";

export interface GatheringView {
  head: DocumentHead;
  name: string;
  organiserName: string;
  kindLabel: string;
  modeLabel: string;
  isCancelled: boolean;
  scheduleText: string;
  /** The next dates, cancelled and moved ones included and marked; empty when it has finished. */
  occurrences: OccurrenceView[];
  venue: { lines: string[]; directionsHref: string | null } | null;
  online: { url: string | null; phone: string | null; notes: string | null } | null;
  accessibility: string[];
  accessibilityNotes: string | null;
  /** What to expect, split into paragraphs; line breaks inside are kept. */
  description: string[];
  tags: string[];
  contact: { email: string | null; phone: string | null; website: string | null };
  lastConfirmedText: string;
  staleText: string | null;
  calendarHref: string;
  /** Saying "I'm going" to the next date, in the web app; null when no date is coming up. */
  goingHref: string | null;
  share: { url: string; title: string; mailtoHref: string };
  /** The web app's suggestion form for this listing. */
  suggestChangeHref: string;
}

function Contact({ contact }: { contact: GatheringView["contact"] }) {
  if (!contact.email && !contact.phone && !contact.website) {
    return <p>No contact details are listed. You are welcome to just turn up.</p>;
  }
  return (
    <ul className="plain-list">
      {contact.email && (
        <li>
          Email: <a href={`mailto:${contact.email}`}>{contact.email}</a>
        </li>
      )}
      {contact.phone && (
        <li>
          Phone: <a href={`tel:${contact.phone.replace(/[^+\d]/g, "")}`}>{contact.phone}</a>
        </li>
      )}
      {contact.website && (
        <li>
          Website:{" "}
          <a href={contact.website} rel="nofollow noopener">
            {contact.website}
          </a>
        </li>
      )}
    </ul>
  );
}

function Online({ online }: { online: NonNullable<GatheringView["online"]> }) {
  return (
    <section aria-labelledby="online-heading">
      <h2 id="online-heading">Joining online</h2>
      {online.url && (
        <p>
          <a href={online.url} rel="nofollow noopener">
            Join online
          </a>{" "}
          <span className="meta">({online.url})</span>
        </p>
      )}
      {online.phone && <p>By phone: {online.phone}</p>}
      {online.notes && <p className="keep-lines">{online.notes}</p>}
      {!online.url && !online.phone && !online.notes && <p>Ask the organiser how to join.</p>}
    </section>
  );
}

export function GatheringPage({ view }: { view: GatheringView }) {
  return (
    <PublicDocument head={view.head}>
      <h1>{view.name}</h1>
      {view.isCancelled && (
        <p className="cancelled-banner">
          <strong>Cancelled.</strong> The organiser has called this off, so please don't travel to it.
        </p>
      )}
      <p className="meta">{`${view.kindLabel} · ${view.modeLabel} · run by ${view.organiserName}`}</p>
      {view.staleText && <p className="stale-note">{view.staleText}</p>}

      <section aria-labelledby="when-heading">
        <h2 id="when-heading">When</h2>
        <p>{view.scheduleText}</p>
        {view.occurrences.length > 0 ? (
          <>
            <h3>Next dates</h3>
            <OccurrenceList occurrences={view.occurrences} />
          </>
        ) : (
          <p>There are no more dates planned.</p>
        )}
      </section>

      {view.venue && (
        <section aria-labelledby="where-heading">
          <h2 id="where-heading">Where</h2>
          <address className="venue">
            {view.venue.lines.map((line) => (
              <span key={line}>{line}</span>
            ))}
          </address>
          {view.venue.directionsHref && (
            <p>
              <a href={view.venue.directionsHref} rel="nofollow noopener">
                Directions (OpenStreetMap)
              </a>
            </p>
          )}
        </section>
      )}
      {view.online && <Online online={view.online} />}

      <section aria-labelledby="access-heading">
        <h2 id="access-heading">Accessibility</h2>
        {view.accessibility.length > 0 ? (
          <ul>
            {view.accessibility.map((feature) => (
              <li key={feature}>{feature}</li>
            ))}
          </ul>
        ) : (
          <p>The organiser has not listed any accessibility features yet.</p>
        )}
        {view.accessibilityNotes && <p className="keep-lines">{view.accessibilityNotes}</p>}
      </section>

      {view.description.length > 0 && (
        <section aria-labelledby="expect-heading">
          <h2 id="expect-heading">What to expect</h2>
          {view.description.map((paragraph, index) => (
            // Paragraphs have no identity beyond their place in the text.
            // biome-ignore lint/suspicious/noArrayIndexKey: static, never reordered
            <p key={index} className="keep-lines">
              {paragraph}
            </p>
          ))}
        </section>
      )}
      {view.tags.length > 0 && (
        <section aria-labelledby="tags-heading">
          <h2 id="tags-heading">Good to know</h2>
          <ul>
            {view.tags.map((tag) => (
              <li key={tag}>{tag}</li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="contact-heading">
        <h2 id="contact-heading">Contact</h2>
        <Contact contact={view.contact} />
        <p className="meta">{view.lastConfirmedText}</p>
      </section>

      <div className="actions">
        {view.goingHref ? (
          <a href={view.goingHref} className="button">
            I'm going
          </a>
        ) : null}
        <a href={view.calendarHref} className="button-secondary">
          Add to calendar
        </a>
        <a
          href={view.share.mailtoHref}
          className="button-secondary"
          data-share-url={view.share.url}
          data-share-title={view.share.title}
        >
          Share
        </a>
        <a href={view.suggestChangeHref} className="button-secondary">
          Suggest a change
        </a>
      </div>
      <p className="share-status" role="status" />
    </PublicDocument>
  );
}
