import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
/** `qs export` and the demo: the archive written to a folder, each file at its relative path. */
export async function writeArchiveFolder(files, outDir) {
    for (const file of files) {
        const target = path.join(outDir, ...file.path.split('/'));
        await mkdir(path.dirname(target), { recursive: true });
        await writeFile(target, file.bytes);
    }
}
//# sourceMappingURL=write-archive-folder.js.map