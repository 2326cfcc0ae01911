// Loads for a whole GraphQL list at once: the resolvers for every item in a list
// run in one pass, so the keys they ask for are gathered and loaded together on
// the next microtask, one query per list rather than one per item.
import type { Context } from "../graphql/context";

/** A per-request loader: each call adds its key and waits for the one load of every key gathered. */
export function perRequestBatch<Key, Loaded>(load: (ctx: Context, keys: Key[]) => Promise<Loaded>) {
  const pendingByRequest = new WeakMap<Context, { keys: Key[]; loaded: Promise<Loaded> }>();
  return (ctx: Context, key: Key): Promise<Loaded> => {
    let pending = pendingByRequest.get(ctx);
    if (!pending) {
      const keys: Key[] = [];
      const loaded = new Promise<void>((resolve) => queueMicrotask(resolve)).then(() => {
        pendingByRequest.delete(ctx);
        return load(ctx, keys);
      });
      pending = { keys, loaded };
      pendingByRequest.set(ctx, pending);
    }
    pending.keys.push(key);
    return pending.loaded;
  };
}
