export * from './geography';
export * from './vocabulary';
export * from './import-rows';
export { createPrng, type Prng } from './prng';
export { toImportCsv, type ImportCsv } from './csv/import-csv';
export { writeImportFolder } from './csv/write-import-folder';
export {
  parseCsv,
  readImportRecords,
  type CsvRecords,
  type ImportRecords,
} from './csv/read-import-records';
export * from './demo/kainuu';
export * from './generator';
