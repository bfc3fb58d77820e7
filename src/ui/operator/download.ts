/** Save text as a file: a Blob, an object URL and a click on a detached link; the URL is revoked after. */
export function downloadText(text: string, filename: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  link.click();
  // The download has taken the data by the next task; keep the URL a moment longer to be safe.
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
