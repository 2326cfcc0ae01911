// The HTML shell of the server-rendered reminder pages (the stop link's page and
// the development outbox): no script, the public stylesheet, never indexed.
import type { ReactNode } from "react";
import { publicAssetPaths } from "../../public/asset-paths";

export function PlainDocument({ title, children }: { title: string; children: ReactNode }) {
  return (
    <html lang="en-GB">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        {/* A stop link's token is in the address: never pass it on, even to our own pages. */}
        <meta name="referrer" content="no-referrer" />
        <title>{`${title} – Kinship`}</title>
        <link rel="stylesheet" href={publicAssetPaths.stylesheet} />
      </head>
      <body>
        <header className="site-header">
          <div className="container header-row">
            <a href="/" className="brand">
              Kinship
            </a>
          </div>
        </header>
        <main id="main" className="container">
          {children}
        </main>
      </body>
    </html>
  );
}
