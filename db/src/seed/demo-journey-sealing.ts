// Seals the demo journeys' free text (goal and step titles, check-in and lapse
// notes, connection labels) under each person's own data key, as the API does.
// Rows are built first with the ciphertext still to come; `sealAll` fills it in.
import type { NoteLocation, SealNote } from "./demo-mentoring";

export interface NoteSealer {
  /** Queues `text` about `personId` for `where`; `store` receives the ciphertext. */
  seal(personId: string, text: string, where: NoteLocation, store: (cipher: string) => void): void;
  sealAll(): Promise<void>;
}

export function noteSealer(sealNote: SealNote): NoteSealer {
  const queued = new Map<string, (() => Promise<void>)[]>();
  return {
    seal(personId, text, where, store) {
      const jobs = queued.get(personId) ?? [];
      jobs.push(async () => store(await sealNote(personId, text, where)));
      queued.set(personId, jobs);
    },
    // A person's first note creates their key, so it goes alone; the rest then
    // run together. People run side by side: one at a time made the seed slow.
    async sealAll() {
      await Promise.all(
        [...queued.values()].map(async ([first, ...rest]) => {
          await first?.();
          await Promise.all(rest.map((job) => job()));
        }),
      );
      queued.clear();
    },
  };
}
