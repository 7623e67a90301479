import { MANIFEST_JSON } from "./archive-file.js";
import { buildArchiveFiles, sha256 } from "./build-archive-files.js";
import { zipArchive } from "./zip-archive.js";
/** The archive as Word documents, `records.json` and a manifest; zipped in parts Lark accepts. */
export const docxArchiveFiles = {
    async render(snapshot, index, onProgress) {
        const files = await buildArchiveFiles(snapshot, index, onProgress);
        const manifest = files.find((file) => file.path === MANIFEST_JSON);
        if (!manifest)
            throw new Error('an archive without a manifest');
        return { files, manifestSha256: sha256(manifest.bytes) };
    },
    zip: (files) => zipArchive(files),
};
//# sourceMappingURL=docx-archive-files.js.map