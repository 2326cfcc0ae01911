// CSV as RFC 4180 writes it: fields separated by commas, records ended by CRLF,
// and a field holding a comma, double quote, CR or LF put in double quotes with
// its quotes doubled. Ten lines of our own rather than a dependency: every value
// here is a number or our own label. Text that a spreadsheet would run as a
// formula (starting =, +, -, @, tab or CR) is prefixed with ' so it stays text.
export type CsvValue = string | number | null;

export function csvField(value: CsvValue): string {
  if (value === null) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export const csvText = (records: CsvValue[][]) => records.map((r) => `${r.map(csvField).join(",")}\r\n`).join("");
