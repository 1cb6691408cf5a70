/** Saves a Blob as a file through a temporary link (works in every current browser). */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file name with the scope and today's date: verkosto-18-2024-05-28.png. */
export function exportFileName(
  base: string,
  scope: string,
  extension: string,
  now = new Date(),
): string {
  const date = now.toISOString().slice(0, 10);
  return `${base}-${scope}-${date}.${extension}`;
}
