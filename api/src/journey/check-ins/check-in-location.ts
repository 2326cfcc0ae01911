// Where a check-in's note sits, for sealing and opening it under the person's key.
export const checkInNoteLocation = (checkInId: string) => ({
  table: "recovery_check_ins",
  column: "note_cipher",
  rowId: checkInId,
});
