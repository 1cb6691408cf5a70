import { inflateRawSync } from 'node:zlib';

/**
 * Reads the first sheet of an XLSX file as rows of text, straight from its ZIP and OOXML
 * parts: deliberately not through exceljs, the library the API writes it with, so a test
 * checks the file and not the writer's own reading of it. Enough for the exports' plain
 * string cells (shared or inline strings); no styles, dates or formulas.
 */
export function readXlsxRows(file: Buffer): string[][] {
  const parts = unzip(file);
  const sheet = parts.get('xl/worksheets/sheet1.xml');
  if (!sheet) throw new Error(`no first sheet among ${[...parts.keys()].join(', ')}`);
  const shared = [
    ...(parts.get('xl/sharedStrings.xml') ?? '').matchAll(/<si>([\s\S]*?)<\/si>/g),
  ].map((m) => texts(m[1]));
  return [...sheet.matchAll(/<row\b[^>]*>([\s\S]*?)<\/row>/g)].map((row) => {
    const cells: string[] = [];
    for (const c of row[1].matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attrs = c[1];
      const column = columnIndex(/\br="([A-Z]+)\d+"/.exec(attrs)?.[1] ?? 'A');
      const type = /\bt="(\w+)"/.exec(attrs)?.[1];
      const body = c[2] ?? '';
      const value = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1] ?? '';
      cells[column] =
        type === 's' ? shared[Number(value)] : type === 'inlineStr' ? texts(body) : decode(value);
    }
    return Array.from(cells, (v) => v ?? '');
  });
}

/** The text of every <t> in a string item (a rich text has several runs). */
const texts = (xml: string) =>
  [...xml.matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>/g)].map((m) => decode(m[1])).join('');

const decode = (xml: string) =>
  xml
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** "A" → 0, "Z" → 25, "AA" → 26. */
const columnIndex = (letters: string) =>
  [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

/** The entries of a ZIP archive as text, found through its central directory. */
function unzip(zip: Buffer): Map<string, string> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('not a ZIP archive');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const out = new Map<string, string>();
  for (let i = 0; i < count; i += 1) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error('broken central directory');
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    // The local header repeats the name and has its own extra field; the data follows it.
    const data = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(data, data + size);
    out.set(name, (method === 8 ? inflateRawSync(raw) : raw).toString('utf8'));
    at += 46 + skip;
  }
  return out;
}
