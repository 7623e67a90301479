import busboy from 'busboy';
import { Router, type Request } from 'express';
import { requireTenantToken } from './auth-routes.ts';
import { LarkApiError, sendLarkData } from './lark-api-error.ts';
import { newFileKey } from './lark-ids.ts';
import { admitAppCall } from './rate-limiter.ts';
import type { StandInContext } from './stand-in-context.ts';

const fileTypes = ['opus', 'mp4', 'pdf', 'doc', 'xls', 'ppt', 'stream'];
const maximumFileBytes = 30 * 1024 * 1024;

interface UploadedPart {
  bytes: Buffer;
  tooLarge: boolean;
  filename: string | undefined;
  mimeType: string | undefined;
}

interface MultipartUpload {
  fields: Map<string, string>;
  file: UploadedPart | undefined;
}

function invalidParam(detail: string): LarkApiError {
  return new LarkApiError(400, 234001, `Invalid request param. ${detail}`);
}

function readMultipart(request: Request): Promise<MultipartUpload> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: request.headers, limits: { fileSize: maximumFileBytes } });
    } catch {
      reject(invalidParam('the body must be multipart/form-data'));
      return;
    }
    const upload: MultipartUpload = { fields: new Map(), file: undefined };
    parser.on('field', (name, value) => upload.fields.set(name, value));
    parser.on('file', (name, stream, info) => {
      if (name !== 'file') {
        stream.resume();
        return;
      }
      const chunks: Buffer[] = [];
      const part: UploadedPart = { bytes: Buffer.alloc(0), tooLarge: false, filename: info.filename, mimeType: info.mimeType };
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('limit', () => {
        part.tooLarge = true;
      });
      stream.on('end', () => {
        part.bytes = Buffer.concat(chunks);
      });
      upload.file = part;
    });
    parser.on('close', () => resolve(upload));
    parser.on('error', () => reject(invalidParam('the multipart body could not be read')));
    request.pipe(parser);
  });
}

/** `POST /open-apis/im/v1/files`: keeps the uploaded bytes so tests can open what a person would download. */
export function fileRoutes(context: StandInContext): Router {
  const router = Router();
  router.post('/open-apis/im/v1/files', requireTenantToken(context), async (request, response) => {
    admitAppCall(context.rateLimiter);
    const upload = await readMultipart(request);
    const fileType = upload.fields.get('file_type');
    const fileName = upload.fields.get('file_name');
    if (fileType === undefined || !fileTypes.includes(fileType)) {
      throw invalidParam(`file_type must be one of ${fileTypes.join('|')}`);
    }
    if (fileName === undefined || fileName.trim() === '') throw invalidParam('file_name is required');
    if (upload.file === undefined) throw invalidParam('file is required');
    if (upload.file.tooLarge) throw new LarkApiError(400, 234006, 'The file size exceeds the limit.');
    if (upload.file.bytes.length === 0) throw new LarkApiError(400, 234010, "File size can't be 0.");
    const fileKey = newFileKey();
    context.records.recordFile({
      fileKey,
      fileName,
      fileType,
      bytes: upload.file.bytes,
      partFilename: upload.file.filename,
      partMimeType: upload.file.mimeType,
      uploadTime: context.now(),
    });
    context.log(`file ${fileKey} ${fileName} (${upload.file.bytes.length} bytes)`);
    sendLarkData(response, { file_key: fileKey });
  });
  return router;
}
