/**
 * CSV as spreadsheets read it (RFC 4180): fields quoted when they hold a comma, a quote or a
 * line break, quotes doubled, lines ended with CRLF, and a byte-order mark so Excel reads
 * UTF-8. A field that starts like a formula (=, +, -, @, a tab or a carriage return) is
 * defused with a leading apostrophe, so a learner's answer is never run as a formula.
 */

/** What a spreadsheet could take for the start of a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One field as written in a CSV file. */
export function csvField(value: string): string {
  const defused = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(defused) ? `"${defused.replace(/"/g, '""')}"` : defused;
}

/** Rows as the text of a CSV file, the first row being the header. */
export function csvText(rows: ReadonlyArray<readonly string[]>): string {
  return `\uFEFF${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
