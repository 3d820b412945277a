// Saves a Blob as a file through a temporary object URL.
export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name from the graph's title and the current time: geokg-2024-05-01T12-00.png */
export const fileStem = (title: string): string =>
  `${title.replace(/[^\w.-]+/g, '-') || 'geokg'}-${new Date().toISOString().slice(0, 16).replace(/:/g, '-')}`;
