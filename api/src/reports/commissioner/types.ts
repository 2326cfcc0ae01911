// The commissioner report in GraphQL: for the organisation's coordinators and
// administrators (second factor proven). Every number in it has been through
// small-number suppression; null means "not shown".
import { builder } from "../../graphql/builder";
import { requireViewer } from "../../graphql/viewer";
import { commissionerReport } from "./commissioner-report";
import type { CommissionerReport, ReportFigure, ReportSection, ReportTable, ReportTableRow } from "./report-shape";

const FigureRef = builder.objectRef<ReportFigure>("CommissionerReportFigure").implement({
  description: "One number of the report, on its own.",
  fields: (t) => ({
    key: t.exposeString("key", { description: "Stable name of the figure, e.g. `support-hours`." }),
    label: t.exposeString("label"),
    value: t.exposeFloat("value", { nullable: true, description: "Null when not shown (too few people behind it)." }),
    text: t.exposeString("text", { description: "The value as the report shows it, e.g. “fewer than 5”." }),
  }),
});

const TableRowRef = builder.objectRef<ReportTableRow>("CommissionerReportTableRow").implement({
  fields: (t) => ({
    label: t.exposeString("label"),
    cells: t.exposeIntList("cells", {
      nullable: { list: false, items: true },
      description: "One count per column; null when suppressed.",
    }),
    total: t.exposeInt("total", { nullable: true }),
  }),
});

const TableRef = builder.objectRef<ReportTable>("CommissionerReportTable").implement({
  description: "A table of counts with its totals, after primary and secondary suppression.",
  fields: (t) => ({
    key: t.exposeString("key"),
    title: t.exposeString("title"),
    caption: t.exposeString("caption"),
    columns: t.exposeStringList("columns"),
    rows: t.field({ type: [TableRowRef], resolve: (table) => table.rows }),
    columnTotals: t.exposeIntList("columnTotals", { nullable: { list: false, items: true } }),
    total: t.exposeInt("total", { nullable: true }),
    totalLabel: t.exposeString("totalLabel"),
    hasRowTotals: t.exposeBoolean("hasRowTotals", {
      description: "False for a one-column table, whose row totals repeat its cells.",
    }),
  }),
});

const SectionRef = builder.objectRef<ReportSection>("CommissionerReportSection").implement({
  fields: (t) => ({
    key: t.exposeString("key"),
    title: t.exposeString("title"),
    figures: t.field({ type: [FigureRef], resolve: (section) => section.figures }),
    tables: t.field({ type: [TableRef], resolve: (section) => section.tables }),
    notes: t.exposeStringList("notes"),
  }),
});

const ReportRef = builder.objectRef<CommissionerReport>("CommissionerReport").implement({
  fields: (t) => ({
    organisationName: t.exposeString("organisationName"),
    from: t.exposeString("from"),
    to: t.exposeString("to"),
    generatedOn: t.exposeString("generatedOn"),
    sections: t.field({ type: [SectionRef], resolve: (report) => report.sections }),
    howToRead: t.exposeStringList("howToRead"),
  }),
});

builder.queryFields((t) => ({
  commissionerReport: t.field({
    type: ReportRef,
    description:
      "An organisation's report to its commissioners for a period (YYYY-MM-DD, inclusive, at most five years): anonymous counts, every one below 5 suppressed.",
    args: {
      organisationId: t.arg.id({ required: true }),
      from: t.arg.string({ required: true }),
      to: t.arg.string({ required: true }),
    },
    authScopes: (_root, { organisationId }) => ({ staffOf: String(organisationId) }),
    resolve: (_root, { organisationId, from, to }, ctx) =>
      commissionerReport(ctx.db, requireViewer(ctx), { organisationId: String(organisationId), from, to }, ctx.now()),
  }),
}));
