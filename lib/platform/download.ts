/**
 * Saving a file the extension made (exports, bundles) without the downloads permission: an
 * `<a download>` on a Blob URL, clicked, then revoked.
 */

/** A file to save: its name, MIME type and text. */
export interface DownloadableFile {
  fileName: string;
  mimeType: string;
  content: string;
}

/** Saves the file through the browser's download of an `<a download>` link. */
export function downloadFile(file: DownloadableFile): void {
  const url = URL.createObjectURL(new Blob([file.content], { type: file.mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started from the click; the URL can go once the event loop has moved on.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
