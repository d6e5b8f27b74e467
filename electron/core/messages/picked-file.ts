// A file the UI picked (sent over RPC as base64) becomes what the REST API's multipart parser produces for a
// `file` field, so Compose and Status posts go through the same media resolver as the API's uploads.
import type { UploadedFile } from '../../../shared/schemas/rules';

export interface PickedFile {
  name: string;
  mimetype?: string;
  dataBase64: string;
}

export function uploadedOf(file: PickedFile): UploadedFile {
  const data = Buffer.from(file.dataBase64, 'base64');
  return {
    kind: 'uploaded-file',
    data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
    filename: file.name,
    mimetype: file.mimetype || 'application/octet-stream',
  };
}
