// The whole GraphQL schema: every feature's types, registered on the one builder.
import "../accounts/second-factor/types";
import "../accounts/types";
import "../audit/types";
import "../consent/types";
import "../directory/gathering-types";
import "../directory/organiser-types";
import "../directory/search-types";
import "../directory/attendance/types";
import "../directory/imports/types";
import "../directory/suggestions/types";
import "../notifications/types";
import "../organisations/types";
import "../your-data/types";
import { builder } from "./builder";

export const schema = builder.toSchema({ sortSchema: true });
