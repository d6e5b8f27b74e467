// Texts of the desktop notifications (the main process has no i18next; the tray keeps its labels the same way).
import type { PauseReason } from '../../shared/broadcasts';
import type { Language } from '../../shared/domain';

const id = {
  newMessage: 'Pesan baru',
  media: {
    image: 'Foto',
    video: 'Video',
    audio: 'Pesan suara',
    document: 'Dokumen',
    sticker: 'Stiker',
    location: 'Lokasi',
    contact: 'Kontak',
  } as Record<string, string>,
  loggedOut: (device: string) => `${device} dikeluarkan dari WhatsApp`,
  loggedOutBody: 'Perangkat ini dikeluarkan dari ponsel. Pindai kode QR lagi untuk menautkan.',
  disconnected: (device: string) => `${device} terputus`,
  disconnectedBody: 'Koneksi ke WhatsApp terputus dan belum tersambung lagi. Periksa internet komputer ini.',
  failedBody: 'WhatsApp menolak sambungan perangkat ini. Buka halaman Perangkat untuk melihat alasannya.',
  campaignDone: (name: string) => `Kampanye "${name}" selesai`,
  campaignDoneBody: (sent: number, failed: number) => `${sent} terkirim, ${failed} gagal.`,
  campaignPaused: (name: string) => `Kampanye "${name}" dijeda`,
  pauseReasons: {
    user: 'Dijeda oleh Anda.',
    rate_limited: 'WhatsApp membatasi pengiriman dari nomor ini. Lanjutkan nanti.',
    logged_out: 'Perangkat pengirim dikeluarkan dari WhatsApp.',
    device_removed: 'Perangkat pengirim dihapus.',
  } satisfies Record<PauseReason, string>,
  restricted: (device: string) => `${device} dibatasi oleh WhatsApp`,
  restrictedUntil: (until: string) =>
    `Pesan ke chat baru ditahan sampai ${until}. Balasan ke chat lama tetap jalan.`,
  restrictedBody: 'Pesan ke chat baru ditahan untuk sementara. Balasan ke chat lama tetap jalan.',
  needsPerson: (who: string) => `${who} perlu dijawab orang`,
};

const en: typeof id = {
  newMessage: 'New message',
  media: {
    image: 'Photo',
    video: 'Video',
    audio: 'Voice message',
    document: 'Document',
    sticker: 'Sticker',
    location: 'Location',
    contact: 'Contact',
  },
  loggedOut: (device) => `${device} was logged out of WhatsApp`,
  loggedOutBody: 'This device was logged out from the phone. Scan the QR code again to link it.',
  disconnected: (device) => `${device} disconnected`,
  disconnectedBody:
    'The connection to WhatsApp dropped and has not come back. Check this computer’s internet.',
  failedBody: 'WhatsApp refused this device’s connection. Open the Devices page to see why.',
  campaignDone: (name) => `Campaign "${name}" finished`,
  campaignDoneBody: (sent, failed) => `${sent} sent, ${failed} failed.`,
  campaignPaused: (name) => `Campaign "${name}" paused`,
  pauseReasons: {
    user: 'Paused by you.',
    rate_limited: 'WhatsApp is limiting sends from this number. Resume later.',
    logged_out: 'The sending device was logged out of WhatsApp.',
    device_removed: 'The sending device was removed.',
  },
  restricted: (device) => `${device} restricted by WhatsApp`,
  restrictedUntil: (until) =>
    `Messages to new chats are held until ${until}. Replies to existing chats still go out.`,
  restrictedBody: 'Messages to new chats are held for a while. Replies to existing chats still go out.',
  needsPerson: (who: string) => `${who} needs a person to answer`,
};

export const notificationTexts = (language: Language) => (language === 'en' ? en : id);
