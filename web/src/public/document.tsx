// The HTML shell of every public directory page: head (title, description,
// canonical, feeds, JSON-LD), skip link, header and footer. No client state.
import type { ReactNode } from "react";
import { publicAssetPaths } from "./asset-paths";

export interface DocumentHead {
  /** The page's own title; " – Kinship" is added. */
  title: string;
  description: string;
  canonicalUrl: string;
  /** Feeds of the same content, for calendar apps and other directories. */
  alternates?: { href: string; type: string; title: string }[];
  /** Already serialised with `<` escaped; see the API's json-ld serialiser. */
  jsonLd?: string | undefined;
  isIndexable?: boolean;
  /** The enhancement script is only worth loading where there is something to enhance. */
  hasScript?: boolean;
}

export function PublicDocument({ head, children }: { head: DocumentHead; children: ReactNode }) {
  return (
    <html lang="en-GB">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${head.title} – Kinship`}</title>
        <meta name="description" content={head.description} />
        {head.isIndexable === false && <meta name="robots" content="noindex" />}
        <meta name="theme-color" content="#1d5c4d" />
        <link rel="canonical" href={head.canonicalUrl} />
        {head.alternates?.map((alternate) => (
          <link
            key={alternate.href}
            rel="alternate"
            type={alternate.type}
            href={alternate.href}
            title={alternate.title}
          />
        ))}
        <link rel="stylesheet" href={publicAssetPaths.stylesheet} />
        {head.hasScript && <script type="module" src={publicAssetPaths.script} />}
        {head.jsonLd && (
          // A data block, never executed (so the CSP allows it); the API escapes `<`.
          // biome-ignore lint/security/noDangerouslySetInnerHtml: JSON-LD must be raw JSON, already escaped.
          <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: head.jsonLd }} />
        )}
      </head>
      <body>
        <a href="#main" className="skip-link">
          Skip to main content
        </a>
        <header className="site-header">
          <div className="container header-row">
            <a href="/" className="brand">
              Kinship
            </a>
            <nav aria-label="Directory">
              <ul>
                <li>
                  <a href="/find">Find a meeting</a>
                </li>
              </ul>
            </nav>
          </div>
        </header>
        <main id="main" className="container">
          {children}
        </main>
        <footer className="site-footer">
          <p className="container">
            Listings come from the organisations that run them. If something is wrong, please tell them or suggest a
            change on the listing's page.
          </p>
        </footer>
      </body>
    </html>
  );
}
