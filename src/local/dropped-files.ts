/**
 * The files of a drop or a file input, with their paths inside any dropped folder. Browsers give
 * a dropped folder only through the File and Directory Entries API (`webkitGetAsEntry`, in every
 * current browser despite the prefix); its reader returns a folder's entries in batches.
 */
import type { PickedFile } from './open-notes';

/** A drop: its files, and the files inside its folders, however deep. */
export async function droppedFiles(transfer: DataTransfer): Promise<PickedFile[]> {
  const entries = Array.from(transfer.items)
    .map((item) => (item.kind === 'file' ? item.webkitGetAsEntry() : null))
    .filter((entry): entry is FileSystemEntry => entry !== null);
  if (entries.length === 0) return pickedFiles(transfer.files);
  const files: PickedFile[] = [];
  for (const entry of entries) await collect(entry, files);
  return files;
}

/** A file input's files (with `webkitdirectory`, their paths inside the chosen folder). */
export function pickedFiles(list: FileList | null): PickedFile[] {
  return Array.from(list ?? []).map((file) => ({
    path: file.webkitRelativePath || file.name,
    file,
  }));
}

async function collect(entry: FileSystemEntry, into: PickedFile[]): Promise<void> {
  const path = entry.fullPath.replace(/^\//, '');
  if (isFile(entry)) {
    into.push({ path, file: await new Promise<File>((done, fail) => entry.file(done, fail)) });
    return;
  }
  if (!isDirectory(entry) || entry.name.startsWith('.')) return; // .git, .obsidian
  const reader = entry.createReader();
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((done, fail) =>
      reader.readEntries(done, fail),
    );
    if (batch.length === 0) return;
    for (const child of batch) await collect(child, into);
  }
}

function isFile(entry: FileSystemEntry): entry is FileSystemFileEntry {
  return entry.isFile;
}

function isDirectory(entry: FileSystemEntry): entry is FileSystemDirectoryEntry {
  return entry.isDirectory;
}
