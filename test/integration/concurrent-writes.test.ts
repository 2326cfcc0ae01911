// Several server processes writing to one embedded database file at once: every
// acknowledged transaction is stored, none is half-stored, and no writer ever
// sees SQLITE_BUSY (the busy timeout makes them wait their turn instead).
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "../support/database";
import { createPerson } from "../support/factories";

const writers = 4;
const transactionsEach = 2_500;
const script = fileURLToPath(new URL("../support/write-load.ts", import.meta.url));

let database: Awaited<ReturnType<typeof freshDatabase>>;
beforeAll(async () => {
  database = await freshDatabase();
});
afterAll(() => database.close());

/** Runs one writer; with `killAfter`, SIGKILLs it once that many writes are acknowledged. */
function runWriter(personId: string, writer: number, killAfter?: number) {
  return new Promise<{ acknowledged: number; code: number | null; stderr: string }>((resolve) => {
    const args = ["--import", "tsx", script, database.url, personId, String(writer), String(transactionsEach)];
    const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] });
    let acknowledged = 0;
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      acknowledged += chunk.toString().split("\n").filter(Boolean).length;
      if (killAfter !== undefined && acknowledged >= killAfter) child.kill("SIGKILL");
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on("close", (code) => resolve({ acknowledged, code, stderr }));
  });
}

describe("concurrent writers on the embedded database", () => {
  it(`${writers} processes × ${transactionsEach} transactions: all stored, none busy, file intact`, async () => {
    const person = await createPerson(database.db);
    const results = await Promise.all(Array.from({ length: writers }, (_, w) => runWriter(person.id, w)));
    for (const result of results) {
      expect(result.stderr).not.toMatch(/BUSY|locked/i);
      expect(result.code, result.stderr).toBe(0);
      expect(result.acknowledged).toBe(transactionsEach);
    }
    const [row] = await database.db.all<{ n: number }>(sql`select count(*) as n from consents`);
    expect(row?.n).toBe(writers * transactionsEach * 2);
    const [check] = await database.db.all<{ integrity_check: string }>(sql`pragma integrity_check`);
    expect(check?.integrity_check).toBe("ok");
  }, 240_000);

  it("loses no acknowledged write and keeps the file intact when the writer is killed mid-stream, 20 times", async () => {
    const person = await createPerson(database.db);
    const countRows = async () =>
      Number(
        (
          await database.db.all<{ n: number }>(sql`select count(*) as n from consents where person_id = ${person.id}`)
        )[0]?.n,
      );
    for (let round = 0; round < 20; round++) {
      const before = await countRows();
      // Kill points spread over the first hundred-odd writes, the same every run.
      const { acknowledged } = await runWriter(person.id, round, ((round * 37) % 120) + 1);
      const stored = (await countRows()) - before;
      // Every acknowledged transaction is there; at most the one in flight also
      // committed before the kill; and none is there by halves.
      expect(stored).toBeGreaterThanOrEqual(acknowledged * 2);
      expect(stored).toBeLessThanOrEqual((acknowledged + 1) * 2);
      expect(stored % 2).toBe(0);
      const [check] = await database.db.all<{ integrity_check: string }>(sql`pragma integrity_check`);
      expect(check?.integrity_check).toBe("ok");
    }
  }, 240_000);
});
