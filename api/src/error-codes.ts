// The documented error codes; the list itself lives with the web client so
// that the API depends on the web package and never the other way round.
export { type ErrorCode, errorCodes } from "@kinship/web/error-codes";
