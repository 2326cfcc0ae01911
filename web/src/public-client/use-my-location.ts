// "Use my location": asks the browser for its position, puts it in the
// finder form's hidden lat/lng fields and submits the form as usual.

// Rounded to three decimal places (about 100 metres): plenty to find what is
// near, without putting someone's front door in a link they might share.
const roundedDegrees = (degrees: number) => degrees.toFixed(3);

function setHiddenField(form: HTMLFormElement, name: string, value: string) {
  const field = form.elements.namedItem(name);
  if (field instanceof HTMLInputElement) {
    field.value = value;
    field.disabled = false;
  }
}

export function enhanceUseMyLocation(root: Document) {
  const wrapper = root.querySelector<HTMLElement>("[data-use-my-location]");
  const form = wrapper?.closest("form");
  const button = wrapper?.querySelector("button");
  const status = wrapper?.querySelector('[role="status"]');
  if (!wrapper || !form || !button || !status || !("geolocation" in navigator)) return;
  wrapper.hidden = false;

  button.addEventListener("click", () => {
    button.disabled = true;
    status.textContent = "Finding your location…";
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setHiddenField(form, "lat", roundedDegrees(position.coords.latitude));
        setHiddenField(form, "lng", roundedDegrees(position.coords.longitude));
        // A typed place wins over a position, so clear it for the position to count.
        const place = form.elements.namedItem("place");
        if (place instanceof HTMLInputElement) place.value = "";
        status.textContent = "Searching near you…";
        form.submit();
      },
      (error) => {
        button.disabled = false;
        status.textContent =
          error.code === error.PERMISSION_DENIED
            ? "Your browser didn't share your location. You can type a postcode or town instead."
            : "We couldn't find your location just now. Please type a postcode or town instead.";
      },
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 600_000 },
    );
  });
}
