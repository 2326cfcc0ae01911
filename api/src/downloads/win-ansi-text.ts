// PDF standard fonts (Helvetica) draw only the WinAnsi character set. Names can
// hold anything, so text is reduced to what the font can draw: "Zoë" stays as it
// is, "Łukasz" becomes "Lukasz" when no accented form exists, and an emoji goes.
import type { PDFFont } from "pdf-lib";

// Letters that Unicode does not split into a base letter and an accent.
const plainLetters: Record<string, string> = { Ł: "L", ł: "l", Đ: "D", đ: "d", Ħ: "H", ħ: "h", ı: "i" };

export function drawableText(font: PDFFont, text: string) {
  const drawable = new Set(font.getCharacterSet());
  let result = "";
  for (const character of text.normalize("NFC")) {
    const codePoint = character.codePointAt(0)!;
    if (/\s/u.test(character)) {
      result += " ";
    } else if (drawable.has(codePoint) && codePoint >= 0x20) {
      result += character;
    } else {
      // Keep the letter without its accent when only the accent can't be drawn.
      const base = plainLetters[character] ?? character.normalize("NFD").replace(/\p{M}/gu, "");
      if (base && [...base].every((c) => drawable.has(c.codePointAt(0)!))) result += base;
    }
  }
  return result.replace(/ {2,}/g, " ").trim();
}
