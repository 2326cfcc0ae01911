// Where a lapse note sits, for sealing it under the person's key.
export const lapseNoteLocation = (lapseId: string) => ({ table: "lapses", column: "note_cipher", rowId: lapseId });
