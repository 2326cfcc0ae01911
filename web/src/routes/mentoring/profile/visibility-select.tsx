// "Who can see this", beside each field of a mentor's profile. Coordinators
// always see everything (they vet and match); the mentor decides who else does.
import { checkedOf } from "../form-values";
import { audienceLabels, choicesOf, type ProfileAudience, type ProfileField } from "../vocabulary";

/** The profile fields a mentor can show or hide, with the words their select is named by. */
const profileFieldNames: Record<ProfileField, string> = {
  INTRODUCTION: "your introduction",
  SUBSTANCES: "what you've had problems with",
  PATHWAYS: "your way of recovering",
  LIFE_EXPERIENCES: "your other experiences",
  STRENGTHS: "what you're good at helping with",
  LANGUAGES: "your languages",
  GENDER: "your gender",
  AGE_BAND: "your age",
  HOME_AREA: "where you're based",
  MEETING_WAYS: "how you keep in touch",
  AVAILABILITY: "when you're free",
};

const selectName = (field: ProfileField) => `visibility-${field}`;

export function VisibilitySelect({ field, audience }: { field: ProfileField; audience: ProfileAudience }) {
  const id = selectName(field);
  return (
    <div className="field visibility">
      <label htmlFor={id}>
        Who can see this<span className="visually-hidden">: {profileFieldNames[field]}</span>
      </label>
      <select id={id} name={id} defaultValue={audience}>
        {choicesOf(audienceLabels).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Every field's chosen audience, as the API takes it. */
export function visibilityFrom(data: FormData) {
  return choicesOf(profileFieldNames).flatMap(([field]) => {
    const [audience] = checkedOf(data, selectName(field), audienceLabels);
    return audience ? [{ field, audience }] : [];
  });
}

// Until a mentor chooses, the API's defaults (api/src/mentoring/profiles/visibility.ts):
// what helps someone choose is shown to them, personal history only to mentees.
const defaultAudience: Record<ProfileField, ProfileAudience> = {
  INTRODUCTION: "PEOPLE_CHOOSING",
  STRENGTHS: "PEOPLE_CHOOSING",
  LANGUAGES: "PEOPLE_CHOOSING",
  MEETING_WAYS: "PEOPLE_CHOOSING",
  AVAILABILITY: "PEOPLE_CHOOSING",
  SUBSTANCES: "MY_MENTEES",
  PATHWAYS: "MY_MENTEES",
  LIFE_EXPERIENCES: "MY_MENTEES",
  GENDER: "COORDINATORS",
  AGE_BAND: "COORDINATORS",
  HOME_AREA: "COORDINATORS",
};

/** What the mentor chose for a field, or the default for a profile not saved yet. */
export function audienceOf(
  visibility: readonly { field: ProfileField; audience: ProfileAudience }[],
  field: ProfileField,
): ProfileAudience {
  return visibility.find((entry) => entry.field === field)?.audience ?? defaultAudience[field];
}
