import type { ExportedFile } from '../../report';

/**
 * Saves a file through an <a download> on a Blob URL: the browser's own download, so the
 * extension needs no `downloads` permission, and the file is made here, never sent anywhere.
 */
export function downloadFile(file: ExportedFile, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([file.content], { type: file.mimeType }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // The click has started the download; the URL may go once the browser has read it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
