// Row identifiers: random UUIDs, available alike on Node and Workers.
export const newId = () => crypto.randomUUID();
