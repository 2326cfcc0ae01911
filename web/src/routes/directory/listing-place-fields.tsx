// "Where" and "Joining online" in the listing form. The map position is tucked
// away: the postcode places almost every venue, and coordinates are only for
// the few it can't.
import { useEffect, useState } from "react";
import { TextField } from "../../components/text-field";
import { TextAreaField } from "./form-fields";
import type { ListingToEdit } from "./listing-form-values";
import type { AttendanceMode } from "./vocabulary";

interface PlaceFieldsProps {
  listing: ListingToEdit | undefined;
  mode: AttendanceMode;
  errors: Record<string, string>;
}

export function PlaceFields({ listing, mode, errors }: PlaceFieldsProps) {
  const place = listing?.place;
  // A postcode given but not placed (or a position asked for) needs the position fields in
  // view. Decided once per set of errors, so typing never opens or closes them under the cursor.
  const [isPositionAsked, setIsPositionAsked] = useState(false);
  useEffect(() => {
    const postcode = document.getElementById("postcode") as HTMLInputElement | null;
    setIsPositionAsked(Boolean(errors.latitude || errors.longitude || (errors.postcode && postcode?.value.trim())));
  }, [errors]);
  return (
    <section aria-labelledby="where-heading" hidden={mode === "ONLINE"}>
      <h2 id="where-heading">Where</h2>
      <TextField id="venueName" label="Venue" defaultValue={place?.venueName} error={errors.venueName} />
      <TextField
        id="address"
        label="Street address"
        autoComplete="off"
        defaultValue={place?.address}
        error={errors.address}
      />
      <TextField id="town" label="Town" defaultValue={place?.town} error={errors.town} />
      <TextField
        id="postcode"
        label="Postcode"
        className="input-short"
        autoCapitalize="characters"
        defaultValue={place?.postcode}
        error={errors.postcode}
      />
      {/* Opened for them when the postcode could not be placed, so the fix is in view. */}
      <details className="details" open={isPositionAsked || undefined}>
        <summary>Can't find the postcode?</summary>
        <p>
          If we can't place the postcode on the map, give the venue's position instead. You can find it by long-pressing
          the venue on a map app and copying the two numbers.
        </p>
        <TextField
          id="latitude"
          label="Latitude"
          hint="For example 53.5933"
          inputMode="decimal"
          className="input-short"
          defaultValue={place?.latitude == null ? "" : String(place.latitude)}
          error={errors.latitude}
        />
        <TextField
          id="longitude"
          label="Longitude"
          hint="For example -2.2966"
          inputMode="decimal"
          className="input-short"
          defaultValue={place?.longitude == null ? "" : String(place.longitude)}
          error={errors.longitude}
        />
      </details>
    </section>
  );
}

export function OnlineFields({ listing, mode, errors }: PlaceFieldsProps) {
  const online = listing?.online;
  return (
    <section aria-labelledby="online-heading" hidden={mode === "IN_PERSON"}>
      <h2 id="online-heading">Joining online</h2>
      <p className="hint">Give a link, a phone number, or both.</p>
      <TextField
        id="onlineUrl"
        label="Link to join"
        hint="The full address, starting https://"
        type="url"
        autoCapitalize="none"
        spellCheck={false}
        defaultValue={online?.url ?? ""}
        error={errors.onlineUrl}
      />
      <TextField
        id="onlinePhone"
        label="Phone number to join"
        type="tel"
        defaultValue={online?.phone ?? ""}
        error={errors.onlinePhone}
      />
      <TextAreaField
        id="onlineNotes"
        label="Joining notes (optional)"
        hint="For example a meeting ID or passcode."
        rows={3}
        defaultValue={online?.notes ?? ""}
        error={errors.onlineNotes}
      />
    </section>
  );
}
