// The certificate of verified volunteering hours as a PDF (A4), drawn with
// pdf-lib's standard fonts: no font files, no native code, the same on Node and
// on Workers. Long lists flow onto further pages.

import type { PDFDocument, PDFFont, PDFPage } from "pdf-lib";
import { a4, accent, ink, newKinshipPdf, wrap } from "../downloads/pdf-document";
import { drawableText } from "../downloads/win-ansi-text";
import { activityLabels } from "./activity-labels";
import type { CertificateHours } from "./certificate-hours";
import { describeMinutes } from "./minutes-words";

const margin = 64;
const textWidth = a4.width - 2 * margin;

const calendarDate = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});
/** "2026-11-30" → "30 November 2026". */
const formatCertificateDate = (on: string) => calendarDate.format(new Date(`${on}T12:00:00Z`));

export async function certificatePdf(hours: CertificateHours, issuedOn: string, now: Date) {
  const { pdf, fonts } = await newKinshipPdf("Certificate of volunteering", now);
  const { regular, bold } = fonts;
  const name = drawableText(regular, hours.displayName) || "Volunteer";
  pdf.setTitle(`Certificate of volunteering: ${name}`);

  const writer = new PageWriter(pdf);
  writer.centred("Certificate of volunteering", bold, 26, accent);
  writer.gap(18);
  writer.centred("This is to certify that", regular, 12);
  writer.gap(6);
  writer.centred(name, bold, 22);
  writer.gap(6);
  const total = describeMinutes(hours.totalMinutes);
  writer.centred(
    hours.totalMinutes > 0
      ? `gave ${total} of volunteering, checked and approved by the organisations below.`
      : "has no volunteering hours checked and approved in this period yet.",
    regular,
    12,
  );
  writer.gap(20);
  writer.line(`Period: ${periodWords(hours)}`, regular, 11);
  writer.line(`Total verified hours: ${total}`, bold, 13);
  writer.gap(12);
  for (const organisation of hours.organisations) {
    writer.line(`${drawableText(bold, organisation.name)}: ${describeMinutes(organisation.minutes)}`, bold, 12);
    for (const { activity, minutes } of organisation.activities) {
      writer.line(`${activityLabels[activity]}: ${describeMinutes(minutes)}`, regular, 11, 16);
    }
    writer.gap(8);
  }
  writer.gap(8);
  const verifiers = hours.organisations.map((organisation) => drawableText(regular, organisation.name));
  if (verifiers.length > 0) writer.line(`Verified by: ${verifiers.join("; ")}`, regular, 11);
  writer.line(`Date of issue: ${formatCertificateDate(issuedOn)}`, regular, 11);
  writer.gap(12);
  writer.line(
    "These hours were checked and approved by the organisation named beside them. Each entry was logged by the volunteer and approved by a coordinator of that organisation on Kinship. Only approved hours are counted.",
    regular,
    10,
  );
  return pdf.save();
}

function periodWords(hours: CertificateHours) {
  if (!hours.from || !hours.to) return "All time";
  if (hours.from === hours.to) return formatCertificateDate(hours.from);
  return `${formatCertificateDate(hours.from)} to ${formatCertificateDate(hours.to)}`;
}

/** Writes lines top to bottom, wrapping words and starting a new page when one is full. */
class PageWriter {
  private page: PDFPage;
  private y = a4.height - margin;
  constructor(private readonly pdf: PDFDocument) {
    this.page = pdf.addPage([a4.width, a4.height]);
  }

  gap(points: number) {
    this.y -= points;
  }

  line(text: string, font: PDFFont, size: number, indent = 0) {
    for (const part of wrap(drawableText(font, text), font, size, textWidth - indent)) {
      this.room(size);
      this.page.drawText(part, { x: margin + indent, y: this.y, size, font, color: ink });
    }
  }

  centred(text: string, font: PDFFont, size: number, color = ink) {
    for (const part of wrap(drawableText(font, text), font, size, textWidth)) {
      this.room(size);
      const x = (a4.width - font.widthOfTextAtSize(part, size)) / 2;
      this.page.drawText(part, { x, y: this.y, size, font, color });
    }
  }

  private room(size: number) {
    this.y -= size * 1.35;
    if (this.y < margin) {
      this.page = this.pdf.addPage([a4.width, a4.height]);
      this.y = a4.height - margin - size * 1.35;
    }
  }
}
