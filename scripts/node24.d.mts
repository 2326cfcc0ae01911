// Types for node24.mjs, so TypeScript callers (the Workers smoke test) can import it.
export declare const node24Version: string;
export declare const node24Dir: string;
/** Returns the path of a Node binary that wrangler accepts, installing one if needed. */
export declare function ensureNode24(): string;
