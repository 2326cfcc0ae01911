// Trusted documents (docs/decisions/019-trusted-documents.md): how an operation's
// id is made. The web client and the manifest generator both use this module, so
// the id the browser sends is the very id the API's manifest holds.
import { print } from "@0no-co/graphql.web";

/** The least of a DocumentNode this needs, so gql.tada's documents and plain ones both fit. */
export interface OperationDocument {
  readonly kind: "Document";
  readonly definitions: readonly { readonly kind: string }[];
}

/** A manifest: `{ "sha256:<hex>": "<printed document>" }`, sorted by id. */
export type TrustedDocumentsManifest = Record<string, string>;

export const printDocument = (document: OperationDocument) => print(document as Parameters<typeof print>[0]);

/** Fragment-only documents are never sent on their own, so they get no id. */
export const isOperationDocument = (value: unknown): value is OperationDocument =>
  typeof value === "object" &&
  value !== null &&
  (value as { kind?: unknown }).kind === "Document" &&
  ((value as OperationDocument).definitions ?? []).some((definition) => definition.kind === "OperationDefinition");

/** `sha256:<hex>` of the printed text: the GraphQL-over-HTTP persisted documents' prefixed form. */
export async function documentIdOfText(text: string) {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  const hex = Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("");
  return `sha256:${hex}`;
}

// Documents are module-level constants, so each is printed and hashed once per page load.
const idByDocument = new WeakMap<OperationDocument, Promise<string>>();

export function documentIdOf(document: OperationDocument) {
  let id = idByDocument.get(document);
  if (!id) {
    id = documentIdOfText(printDocument(document));
    idByDocument.set(document, id);
  }
  return id;
}

/**
 * The manifest of every operation exported by the given modules (web/src/graphql/*.ts),
 * with keys in sorted order so the committed JSON file changes only where a document did.
 */
export async function trustedDocumentsManifest(modules: Iterable<Record<string, unknown>>) {
  const entries: [string, string][] = [];
  for (const exports of modules) {
    for (const value of Object.values(exports)) {
      if (!isOperationDocument(value)) continue;
      const text = printDocument(value);
      entries.push([await documentIdOfText(text), text]);
    }
  }
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries) as TrustedDocumentsManifest;
}

/** The committed file's exact text: two-space JSON and a final newline, as Biome formats it. */
export const manifestFileText = (manifest: TrustedDocumentsManifest) => `${JSON.stringify(manifest, null, 2)}\n`;
