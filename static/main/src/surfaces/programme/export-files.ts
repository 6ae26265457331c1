import { defuseCell, type ExportTable } from './export-rows';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Hands a file to the browser's download (the app frame's sandbox allows downloads, as Forge's does). */
export function downloadFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The download has started from the URL; let it go once the click has been handled.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** CSV with a byte-order mark (so spreadsheets read it as UTF-8), every text cell defused. Loaded on first use. */
export async function csvBlob(table: ExportTable): Promise<Blob> {
  const { unparse } = await import('papaparse');
  const text = unparse({ fields: table.header.map((cell) => String(defuseCell(cell))), data: table.rows.map((row) => row.map((cell) => defuseCell(cell) ?? '')) });
  return new Blob([`\uFEFF${text}`], { type: 'text/csv;charset=utf-8' });
}

/** An Excel workbook of one sheet: the header in bold, days as numbers. The writer is loaded only when asked for. */
export async function xlsxBlob(table: ExportTable, sheet: string): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  const header = table.header.map((value) => ({ value, fontWeight: 'bold' as const }));
  const rows = table.rows.map((row) => row.map((cell) => (cell === null ? null : { value: cell })));
  const blob = await writeXlsxFile([header, ...rows], { sheet, stickyRowsCount: 1 }).toBlob();
  return blob.type === XLSX_TYPE ? blob : new Blob([blob], { type: XLSX_TYPE });
}
