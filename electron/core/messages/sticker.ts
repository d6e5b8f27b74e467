// An image as WhatsApp wants a sticker: WebP, 512×512, the picture fitted inside on a transparent background
// (as MPWA's sendSticker does with Jimp + webp-wasm, zymzz-id/MPWA server/whatsapp.js). sharp (libvips, already
// installed for Baileys' thumbnails) does it natively and reads PNG, JPEG, WebP and GIF (first frame).
import sharp from 'sharp';
import { MediaError, type ResolvedMedia } from './resolve-media';

export const STICKER_SIZE = 512;

export async function toSticker(image: ResolvedMedia, field: 'url' | 'file'): Promise<ResolvedMedia> {
  try {
    const data = await sharp(image.data)
      .resize(STICKER_SIZE, STICKER_SIZE, { fit: 'contain', background: { r: 0, g: 0, b: 0, alpha: 0 } })
      .webp({ quality: 80 })
      .toBuffer();
    return { data, mimetype: 'image/webp', fileName: image.fileName.replace(/\.[^.]*$/, '') + '.webp' };
  } catch {
    throw new MediaError(field, { key: `media_not_sticker_${field}` });
  }
}
