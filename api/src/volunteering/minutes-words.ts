// Minutes in words for certificates and notices: the very words the hours pages
// use, from the web package (the API depends on web, never the other way round).
export { describeMinutes } from "@kinship/web/minutes-words";
