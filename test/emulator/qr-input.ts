// Accepts what a phone camera would see: the raw QR string or a PNG data URL of the rendered QR.
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

export function decodeQrInput(input: string): string {
  if (!input.startsWith('data:image/')) return input;
  const base64 = input.slice(input.indexOf(',') + 1);
  const png = PNG.sync.read(Buffer.from(base64, 'base64'));
  const result = jsQR(
    new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length),
    png.width,
    png.height,
  );
  if (!result) throw new Error('no QR code found in the image');
  return result.data;
}
