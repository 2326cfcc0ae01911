// What Kinship's PDF files share: an A4 page, the ink and accent colours,
// pdf-lib's standard fonts (no font files, the same on Node and on Workers),
// the document's metadata, and wrapping words to a width.
import { PDFDocument, type PDFFont, rgb, StandardFonts } from "pdf-lib";

export const a4 = { width: 595.28, height: 841.89 };
export const ink = rgb(0.12, 0.12, 0.14);
export const accent = rgb(0.1, 0.35, 0.35);

/** A new document titled `title`, made by Kinship at `now`, with its two fonts. */
export async function newKinshipPdf(title: string, now: Date) {
  const pdf = await PDFDocument.create();
  const fonts = {
    regular: await pdf.embedFont(StandardFonts.Helvetica),
    bold: await pdf.embedFont(StandardFonts.HelveticaBold),
  };
  pdf.setTitle(title);
  pdf.setAuthor("Kinship");
  pdf.setCreator("Kinship");
  pdf.setProducer("Kinship");
  pdf.setCreationDate(now);
  pdf.setModificationDate(now);
  return { pdf, fonts };
}

/** `text` broken into lines no wider than `width` at this font and size. */
export function wrap(text: string, font: PDFFont, size: number, width: number) {
  const lines: string[] = [];
  let current = "";
  for (const word of text.split(" ")) {
    const candidate = current ? `${current} ${word}` : word;
    if (current && font.widthOfTextAtSize(candidate, size) > width) {
      lines.push(current);
      current = word;
    } else {
      current = candidate;
    }
  }
  if (current) lines.push(current);
  return lines;
}
