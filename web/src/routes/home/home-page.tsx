// A signed-in person's home: what they can do, for each organisation they belong to.
import { Link } from "wouter";
import { Page } from "../../components/page";
import type { Viewer } from "../../lib/viewer";
import { SecondFactorBanner } from "../accounts/second-factor-banner";
import { NotificationList } from "../notifications/notification-list";
import { type Feature, featuresFor, isPromoterRole, isStaffRole, roleLabel } from "./role-features";

export function HomePage({ viewer }: { viewer: Viewer }) {
  const memberships = viewer.memberships ?? [];
  return (
    <Page title="Home" heading={`Welcome, ${viewer.displayName}`}>
      <SecondFactorBanner />
      <NotificationList />
      {memberships.length === 0 ? (
        <>
          <p>You're not part of an organisation on Kinship yet. When you join one, it will show here.</p>
          <p>
            You can already keep track of <Link href="/journey">your recovery journey</Link>: check-ins, goals and the
            people around you.
          </p>
          <div className="coming-soon">
            <h2 id="features">What you'll be able to do once you join</h2>
            <ul aria-labelledby="features" data-testid="role-navigation">
              {featuresFor.MEMBER.map((feature) => (
                <li key={feature.label}>{feature.label}</li>
              ))}
            </ul>
          </div>
        </>
      ) : (
        memberships.map((membership) => (
          <section key={membership.id} className="card" aria-labelledby={`org-${membership.id}`}>
            <h2 id={`org-${membership.id}`}>{membership.organisation.name}</h2>
            <p className="meta">
              {roleLabel[membership.role]} · {membership.organisation.town}
            </p>
            {isStaffRole(membership.role) && (
              <p>
                <Link href={`/organisations/${membership.organisation.slug}/members`}>
                  Members<span className="visually-hidden"> of {membership.organisation.name}</span>
                </Link>
              </p>
            )}
            {isPromoterRole(membership.role) && (
              <ul className="inline-links">
                <li>
                  <Link href={`/organisations/${membership.organisation.slug}/listings`}>
                    Listings<span className="visually-hidden"> of {membership.organisation.name}</span>
                  </Link>
                </li>
                <li>
                  <Link href={`/organisations/${membership.organisation.slug}/suggestions`}>
                    Suggestions to check<span className="visually-hidden"> for {membership.organisation.name}</span>
                  </Link>
                </li>
              </ul>
            )}
            <FeatureLinks
              organisation={membership.organisation}
              features={featuresFor[membership.role].filter((feature) => feature.href)}
            />
            <FeatureList
              id={`features-${membership.id}`}
              heading="What you'll be able to do"
              features={featuresFor[membership.role].filter((feature) => !feature.href)}
            />
          </section>
        ))
      )}
      <p>
        <Link href="/account/gatherings">Your gatherings</Link>: what you're going to, and where you checked in
      </p>
      <p>
        <Link href="/account">Your account and devices</Link>
      </p>
      <p>
        <Link href="/account/reminders">Reminders</Link>
      </p>
      <p>
        <Link href="/account/privacy">Privacy and your data</Link>
      </p>
    </Page>
  );
}

/** The features that exist, as links to their pages for this organisation. */
function FeatureLinks({
  organisation,
  features,
}: {
  organisation: { name: string; slug: string };
  features: Feature[];
}) {
  return (
    <ul className="inline-links" data-testid="role-links">
      {features.map((feature) => (
        <li key={feature.label}>
          <Link href={feature.href!(organisation.slug)}>
            {feature.label}
            {feature.isPerOrganisation && <span className="visually-hidden"> at {organisation.name}</span>}
          </Link>
        </li>
      ))}
    </ul>
  );
}

interface FeatureListProps {
  id: string;
  heading: string;
  features: Feature[];
}

function FeatureList({ id, heading, features }: FeatureListProps) {
  if (features.length === 0) return null;
  return (
    <div className="coming-soon">
      <h3 id={id}>
        {heading} <span className="tag">Coming soon</span>
      </h3>
      <p className="hint">These are on their way. We're listing them so you know what's coming.</p>
      <ul aria-labelledby={id} data-testid="role-navigation">
        {features.map((feature) => (
          <li key={feature.label}>{feature.label}</li>
        ))}
      </ul>
    </div>
  );
}
