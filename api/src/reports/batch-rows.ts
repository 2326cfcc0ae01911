// What a list of statements answers once run in one db.batch: each statement's
// rows, in order, typed from the statements themselves so the two cannot drift.
export type BatchRows<Statements> = { [K in keyof Statements]: Awaited<Statements[K]> };
