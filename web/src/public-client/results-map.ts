// The results on a Leaflet map with the configured tiles. Loaded on demand by
// map-toggle.ts. Popups are built as DOM nodes, never HTML strings, because
// names and times come from listings.
import "leaflet/dist/leaflet.css";
import { circleMarker, latLngBounds, map as leafletMap, tileLayer } from "leaflet";

export interface ResultsMapData {
  tileUrl: string;
  attribution: string;
  points: { latitude: number; longitude: number; name: string; href: string; nextText: string }[];
}

// Leaflet puts the attribution in as HTML; ours is plain text from settings.
const asText = (text: string) => {
  const element = document.createElement("span");
  element.textContent = text;
  return element.innerHTML;
};

function popupFor(point: ResultsMapData["points"][number]) {
  const popup = document.createElement("div");
  const link = document.createElement("a");
  link.href = point.href;
  link.textContent = point.name;
  const when = document.createElement("p");
  when.textContent = point.nextText;
  popup.append(link, when);
  return popup;
}

export function drawResultsMap(container: HTMLElement, data: ResultsMapData) {
  // Circle markers are drawn as SVG: no marker images to fetch.
  const map = leafletMap(container, { scrollWheelZoom: false });
  tileLayer(data.tileUrl, { attribution: asText(data.attribution), maxZoom: 19 }).addTo(map);
  for (const point of data.points) {
    circleMarker([point.latitude, point.longitude], {
      radius: 9,
      color: "#143f35",
      weight: 2,
      fillColor: "#1d5c4d",
      fillOpacity: 0.85,
    })
      .bindPopup(popupFor(point))
      .addTo(map);
  }
  const bounds = latLngBounds(data.points.map((point) => [point.latitude, point.longitude] as [number, number]));
  map.fitBounds(bounds, { padding: [24, 24], maxZoom: 15 });
  return { refresh: () => map.invalidateSize() };
}
