// A signed-in person's home: what they can do, for each organisation they belong to.
import { Link } from "wouter";
import { Page } from "../../components/page";
import type { Viewer } from "../../lib/viewer";
import { SecondFactorBanner } from "../accounts/second-factor-banner";
import { featuresFor, isPromoterRole, isStaffRole, roleLabel } from "./role-features";

export function HomePage({ viewer }: { viewer: Viewer }) {
  const memberships = viewer.memberships ?? [];
  return (
    <Page title="Home" heading={`Welcome, ${viewer.displayName}`}>
      <SecondFactorBanner />
      {memberships.length === 0 ? (
        <>
          <p>You're not part of an organisation on Kinship yet. When you join one, it will show here.</p>
          <FeatureList id="features" level={2} heading="What you'll be able to do" features={featuresFor.MEMBER} />
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
            <FeatureList
              id={`features-${membership.id}`}
              level={3}
              heading="What you'll be able to do"
              features={featuresFor[membership.role]}
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
        <Link href="/account/privacy">Privacy and your data</Link>
      </p>
    </Page>
  );
}

interface FeatureListProps {
  id: string;
  level: 2 | 3;
  heading: string;
  features: string[];
}

function FeatureList({ id, level, heading, features }: FeatureListProps) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <div className="coming-soon">
      <Heading id={id}>
        {heading} <span className="tag">Coming soon</span>
      </Heading>
      <p className="hint">These are on their way. We're listing them so you know what's coming.</p>
      <ul aria-labelledby={id} data-testid="role-navigation">
        {features.map((feature) => (
          <li key={feature}>{feature}</li>
        ))}
      </ul>
    </div>
  );
}
