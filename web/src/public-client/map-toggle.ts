// "Show map": reveals the map container and, on the first click only, loads
// Leaflet and its stylesheet, so nobody downloads a map they did not ask for.
import type { ResultsMapData } from "./results-map";

function readMapData(container: HTMLElement): ResultsMapData {
  return {
    tileUrl: container.dataset.tileUrl ?? "",
    attribution: container.dataset.attribution ?? "",
    points: JSON.parse(container.dataset.points ?? "[]"),
  };
}

export function enhanceMapToggle(root: Document) {
  const toggle = root.querySelector<HTMLElement>("[data-map-toggle]");
  const button = toggle?.querySelector("button");
  const container = toggle?.querySelector<HTMLElement>(".results-map");
  if (!toggle || !button || !container) return;
  toggle.hidden = false;

  let drawn: Promise<{ refresh: () => void } | null> | null = null;
  button.addEventListener("click", async () => {
    const isShowing = container.hidden;
    container.hidden = !isShowing;
    button.textContent = isShowing ? "Hide map" : "Show map";
    button.setAttribute("aria-expanded", String(isShowing));
    if (!isShowing) return;
    drawn ??= import("./results-map")
      .then(({ drawResultsMap }) => drawResultsMap(container, readMapData(container)))
      .catch(() => {
        container.textContent = "Sorry, the map could not be loaded. Every result is in the list.";
        return null;
      });
    // A map drawn while hidden has no size; tell it to measure again.
    (await drawn)?.refresh();
  });
}
