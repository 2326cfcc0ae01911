// The public pages' only script, and optional: each page works fully without
// it. It adds "Use my location", the map on request, and native sharing.
// Kept free of React and of Leaflet (loaded only when the map is asked for).
import { enhanceMapToggle } from "./map-toggle";
import { enhanceShareLinks } from "./share-link";
import { enhanceUseMyLocation } from "./use-my-location";

// A module script runs after the document is parsed, so the elements are there.
enhanceUseMyLocation(document);
enhanceMapToggle(document);
enhanceShareLinks(document);
