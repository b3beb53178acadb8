// A small CSV reader for 903 extracts: RFC 4180 quoting, CRLF or LF, optional UTF-8 BOM.
// Each record keeps the physical line it starts on, so problems can be reported by line.

export interface CsvRecord {
  line: number;      // 1-based physical line; the header is line 1
  fields: string[];
}

export interface CsvTable {
  header: string[];
  records: CsvRecord[];
}

/** Why a file's bytes cannot be a CSV, or null when they can. */
export function notCsvReason(bytes: Uint8Array): string | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x50, 0x4b, 0x03, 0x04)) return "it is a zip archive (an .xlsx or .docx saved with a .csv name?)";
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) return "it is an old Office binary file (an .xls saved with a .csv name?)";
  if (starts(0x25, 0x50, 0x44, 0x46)) return "it is a PDF";
  if (starts(0xff, 0xfe) || starts(0xfe, 0xff)) return "it is UTF-16 text; save it as UTF-8 CSV";
  if (bytes.subarray(0, 65536).includes(0)) return "it contains binary (NUL) bytes";
  return null;
}

const utf8 = new TextDecoder("utf-8", {fatal: true});

/** Decodes UTF-8 (dropping a BOM); throws when the bytes are not valid UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string {
  const text = utf8.decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Parses CSV text. Blank lines are skipped; the first non-blank record is the header. */
export function parseCsv(text: string): CsvTable {
  const records: CsvRecord[] = [];
  const n = text.length;
  let i = 0;
  let line = 1;
  // Most records have no quote: they end at the next \n and their fields at the next comma, both found
  // with indexOf rather than character by character. A lone \r (an old Mac line end) anywhere sends the
  // whole file through the general reader below; a record with a quote goes through it on its own.
  const fast = !hasLoneCr(text);
  let nextQuote = -1;   // the next quote at or after i, once looked for; Infinity when there is none
  while (i < n) {
    const startLine = line;
    if (fast) {
      if (nextQuote < i) {
        const q = text.indexOf('"', i);
        nextQuote = q < 0 ? Infinity : q;
      }
      let eol = text.indexOf("\n", i);
      if (eol < 0) eol = n;
      if (nextQuote >= eol) {
        const end = eol > i && text.charCodeAt(eol - 1) === 13 ? eol - 1 : eol;
        const fields: string[] = [];
        for (let start = i; ;) {
          const comma = text.indexOf(",", start);
          if (comma < 0 || comma >= end) {
            fields.push(text.slice(start, end));
            break;
          }
          fields.push(text.slice(start, comma));
          start = comma + 1;
        }
        i = eol + 1;
        line++;
        if (fields.length !== 1 || fields[0]!.trim() !== "") records.push({line: startLine, fields});
        continue;
      }
    }
    const fields: string[] = [];
    // Read one record.
    for (;;) {
      if (text.charCodeAt(i) === 34 /* " */) {
        let value = "";
        i++;
        for (;;) {
          const q = text.indexOf('"', i);
          if (q < 0) {
            value += text.slice(i);
            line += countNewlines(text, i, n);
            i = n;
            break;
          }
          value += text.slice(i, q);
          line += countNewlines(text, i, q);
          if (text.charCodeAt(q + 1) === 34) {
            value += '"';
            i = q + 2;
          } else {
            i = q + 1;
            break;
          }
        }
        // Anything between the closing quote and the delimiter is kept, as spreadsheets do.
        const end = nextDelimiter(text, i);
        value += text.slice(i, end);
        fields.push(value);
        i = end;
      } else {
        const end = nextDelimiter(text, i);
        fields.push(text.slice(i, end));
        i = end;
      }
      if (i >= n) break;
      const c = text.charCodeAt(i);
      if (c === 44 /* , */) {
        i++;
        if (i >= n) {
          fields.push("");
          break;
        }
        continue;
      }
      // End of line: \r\n, \n or a lone \r.
      if (c === 13 && text.charCodeAt(i + 1) === 10) i += 2;
      else i++;
      line++;
      break;
    }
    const blank = fields.length === 1 && fields[0]!.trim() === "";
    if (!blank) records.push({line: startLine, fields});
  }
  const first = records.shift();
  return {header: first ? first.fields.map((h) => h.trim()) : [], records};
}

function hasLoneCr(text: string): boolean {
  for (let j = text.indexOf("\r"); j >= 0; j = text.indexOf("\r", j + 1)) {
    if (text.charCodeAt(j + 1) !== 10) return true;
  }
  return false;
}

function nextDelimiter(text: string, from: number): number {
  for (let j = from; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 44 || c === 10 || c === 13) return j;
  }
  return text.length;
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let j = from; j < to; j++) {
    const c = text.charCodeAt(j);
    if (c === 10) count++;
    else if (c === 13 && text.charCodeAt(j + 1) !== 10) count++;
  }
  return count;
}
