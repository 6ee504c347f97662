// The browser's side of files: read a chosen or dropped file, hand saved bytes to the browser as a download.
// Nothing leaves the page: the download is a blob: URL of bytes made here.
export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export async function readFileBytes(file: Blob): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}

export function downloadBytes(bytes: Uint8Array, fileName: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: XLSX_TYPE }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The browser has taken the bytes once the click is handled; free them a little later.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
