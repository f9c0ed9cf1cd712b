/** Hands a file made or received in the page to the browser's downloads, under `fileName`. */
export function downloadFile(fileName: string, blob: Blob) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // After the click has been handled: some browsers read the address asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** A CSV built in the page (a chart's data) as a file. */
export const downloadCsv = (fileName: string, csv: string) => downloadFile(fileName, new Blob([csv], { type: 'text/csv;charset=utf-8' }));
