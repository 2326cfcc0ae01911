// The commissioner report: anonymous, suppressed figures for an organisation and period.
import { graphql } from "./graphql";

export const CommissionerReportQuery = graphql(`
  query CommissionerReport($organisationId: ID!, $from: String!, $to: String!) {
    commissionerReport(organisationId: $organisationId, from: $from, to: $to) {
      organisationName from to generatedOn howToRead
      sections {
        key title notes
        figures { key label value text }
        tables {
          key title caption columns totalLabel hasRowTotals total columnTotals
          rows { label cells total }
        }
      }
    }
  }
`);
