// Save a Blob as a file: an <a download> with an object URL, revoked once the browser has it.
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some browsers; a tick later is safe.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * Text as a UTF-8 file. CSV gets a byte-order mark: without it Excel reads UTF-8 as the system code
 * page and shows "TGF-Î²1"; pandas, R and LibreOffice skip the mark. (The CLI writes plain UTF-8.)
 */
export const downloadText = (text: string, fileName: string, mime: string) =>
  downloadBlob(
    new Blob([mime === 'text/csv' ? `\uFEFF${text}` : text], { type: `${mime};charset=utf-8` }),
    fileName,
  );
