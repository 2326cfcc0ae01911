// The commissioner report as a PDF (A4), drawn from the very report object the
// page shows, with pdf-lib's standard fonts: no font files, the same on Node and
// on Workers. Tables keep their captions, and a table never splits across pages
// when it fits on one.
import type { PDFDocument, PDFFont, PDFPage } from "pdf-lib";
import { rgb } from "pdf-lib";
import { longDate } from "../../calendar-dates";
import { a4, accent, ink, newKinshipPdf, wrap } from "../../downloads/pdf-document";
import { drawableText } from "../../downloads/win-ansi-text";
import { type CommissionerReport, cellText, hiddenCellMark, type ReportTable } from "./report-shape";

const margin = 56;
const textWidth = a4.width - 2 * margin;
const rule = rgb(0.75, 0.75, 0.78);
const valueColumnWidth = 62;

export async function reportPdf(report: CommissionerReport, now: Date) {
  const { pdf, fonts } = await newKinshipPdf("Report to commissioners", now);
  const organisation = drawableText(fonts.regular, report.organisationName);
  pdf.setTitle(`Report to commissioners: ${organisation}, ${report.from} to ${report.to}`);

  const writer = new ReportWriter(pdf, fonts);
  writer.text("Report to commissioners", fonts.bold, 22, accent);
  writer.text(organisation, fonts.bold, 14);
  writer.text(
    `${longDate(report.from)} to ${longDate(report.to)}. Produced on ${longDate(report.generatedOn)}.`,
    fonts.regular,
    11,
  );
  writer.gap(10);
  writer.text("How to read this report", fonts.bold, 13, accent);
  for (const note of report.howToRead) writer.text(note, fonts.regular, 10);
  for (const section of report.sections) {
    writer.gap(12);
    writer.keepTogether(40);
    writer.text(section.title, fonts.bold, 15, accent);
    for (const figure of section.figures) writer.text(`${figure.label}: ${figure.text}`, fonts.regular, 11);
    for (const table of section.tables) writer.table(table);
    for (const note of section.notes) writer.text(note, fonts.regular, 9.5);
  }
  return pdf.save();
}

/** Writes top to bottom, wrapping words and starting a new page when one is full. */
class ReportWriter {
  private page: PDFPage;
  private y = a4.height - margin;
  constructor(
    private readonly pdf: PDFDocument,
    private readonly fonts: { regular: PDFFont; bold: PDFFont },
  ) {
    this.page = pdf.addPage([a4.width, a4.height]);
  }

  gap(points: number) {
    this.y -= points;
  }

  /** Starts a new page unless this much room is left. */
  keepTogether(points: number) {
    if (this.y - points < margin && points < a4.height - 2 * margin) this.newPage();
  }

  text(text: string, font: PDFFont, size: number, color = ink, x = margin, width = textWidth) {
    for (const part of wrap(drawableText(font, text), font, size, width)) {
      this.room(size);
      this.page.drawText(part, { x, y: this.y, size, font, color });
    }
    this.gap(size * 0.3);
  }

  table(table: ReportTable) {
    const size = 10;
    const rowHeight = size * 1.45;
    const columns = table.hasRowTotals ? [...table.columns, "Total"] : table.columns;
    const labelWidth = textWidth - columns.length * valueColumnWidth;
    this.gap(4);
    this.keepTogether(rowHeight * (table.rows.length + 4) + 30);
    this.text(table.title, this.fonts.bold, 11.5);
    this.text(table.caption, this.fonts.regular, 9);
    const line = (label: string, values: string[], font: PDFFont) => {
      const labelLines = wrap(drawableText(font, label), font, size, labelWidth - 8);
      const valueLines = values.map((value) => wrap(drawableText(font, value), font, size, valueColumnWidth - 6));
      const height = Math.max(1, labelLines.length, ...valueLines.map((lines) => lines.length));
      this.keepTogether(height * rowHeight + 4);
      this.room(size);
      const top = this.y;
      labelLines.forEach((part, index) => {
        this.page.drawText(part, { x: margin, y: top - index * rowHeight, size, font, color: ink });
      });
      valueLines.forEach((lines, column) => {
        const right = margin + labelWidth + (column + 1) * valueColumnWidth;
        lines.forEach((part, index) => {
          const x = right - font.widthOfTextAtSize(part, size);
          this.page.drawText(part, { x, y: top - index * rowHeight, size, font, color: ink });
        });
      });
      this.y = top - (height - 1) * rowHeight;
      this.page.drawLine({
        start: { x: margin, y: this.y - 4 },
        end: { x: margin + textWidth, y: this.y - 4 },
        thickness: 0.5,
        color: rule,
      });
      this.gap(size * 0.3);
    };
    line("", columns, this.fonts.bold);
    for (const row of table.rows) {
      line(
        row.label,
        [...row.cells.map(cellText), ...(table.hasRowTotals ? [cellText(row.total)] : [])],
        this.fonts.regular,
      );
    }
    const totals = table.hasRowTotals ? [...table.columnTotals, table.total] : [table.total];
    line(table.totalLabel, totals.map(cellText), this.fonts.bold);
    if ([...table.rows.flatMap((row) => [...row.cells, row.total]), ...totals].includes(null)) {
      this.text(`${hiddenCellMark} not shown (see “How to read this report”).`, this.fonts.regular, 8.5);
    }
    this.gap(6);
  }

  private room(size: number) {
    this.y -= size * 1.35;
    if (this.y < margin) {
      this.newPage();
      this.y -= size * 1.35;
    }
  }

  private newPage() {
    this.page = this.pdf.addPage([a4.width, a4.height]);
    this.y = a4.height - margin;
  }
}
