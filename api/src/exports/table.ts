/** A table an export writes: a header row and rows of text, one column list for both. */
export interface ExportTable {
  /** The sheet's name in an XLSX file. */
  name: string;
  header: string[];
  rows: string[][];
  /** Column widths in characters, for XLSX. */
  widths?: number[];
}

export interface ExportFile {
  fileName: string;
  mediaType: string;
  content: Buffer;
}
