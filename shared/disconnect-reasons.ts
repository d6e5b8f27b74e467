// Why a device is not connected, in plain words with what to do next (Indonesian and English).
export const disconnectReasons = {
  logged_out: {
    id: 'Perangkat ini dikeluarkan dari WhatsApp (dari ponsel atau dari aplikasi). Pindai kode QR lagi untuk menautkan.',
    en: 'This device was logged out of WhatsApp (from the phone or from the app). Scan the QR code again to link it.',
  },
  replaced: {
    id: 'Sesi ini dibuka di tempat lain (aplikasi lain memakai data yang sama). Tutup yang lain, lalu klik Lanjutkan.',
    en: 'This session was opened somewhere else (another app is using the same data). Close the other one, then click Resume.',
  },
  connection_lost: {
    id: 'Koneksi ke WhatsApp terputus. Aplikasi mencoba menyambung lagi secara otomatis; periksa internet Anda.',
    en: 'The connection to WhatsApp was lost. The app reconnects automatically; check your internet connection.',
  },
  restart_required: {
    id: 'WhatsApp meminta sambung ulang. Aplikasi menyambung lagi sekarang.',
    en: 'WhatsApp asked for a reconnect. The app is reconnecting now.',
  },
  banned: {
    id: 'WhatsApp menolak nomor ini (mungkin diblokir). Buka WhatsApp di ponsel untuk melihat alasannya.',
    en: 'WhatsApp refused this number (it may be banned). Open WhatsApp on the phone to see why.',
  },
  bad_session: {
    id: 'Data sesi rusak atau tidak cocok. Jika terus berulang, keluarkan perangkat dan pindai QR lagi.',
    en: 'The session data is damaged or out of date. If this keeps happening, log the device out and scan the QR again.',
  },
  multidevice_mismatch: {
    id: 'Versi WhatsApp di ponsel tidak mendukung perangkat tertaut. Perbarui WhatsApp, lalu pindai QR lagi.',
    en: 'The WhatsApp version on the phone does not support linked devices. Update WhatsApp, then scan the QR again.',
  },
  unavailable: {
    id: 'Layanan WhatsApp sedang tidak tersedia. Aplikasi mencoba lagi secara otomatis.',
    en: 'The WhatsApp service is unavailable right now. The app keeps trying automatically.',
  },
  qr_timeout: {
    id: 'Kode QR kedaluwarsa karena tidak dipindai. Klik Tautkan untuk mendapatkan kode baru.',
    en: 'The QR code expired because nobody scanned it. Click Connect to get a new one.',
  },
  wrong_number: {
    id: 'Kode QR dipindai dengan nomor lain. Pindai dengan ponsel dari nomor perangkat ini.',
    en: 'The QR code was scanned with a different number. Scan it with the phone of this device’s number.',
  },
  unresponsive: {
    id: 'Koneksi terlihat aktif tetapi tidak merespons. Aplikasi memulai ulang sesi secara otomatis.',
    en: 'The connection looked open but did not respond. The app restarted the session automatically.',
  },
  unreachable: {
    id: 'Server WhatsApp tidak dapat dihubungi. Periksa internet Anda; aplikasi terus mencoba.',
    en: 'The WhatsApp server cannot be reached. Check your internet connection; the app keeps trying.',
  },
} as const;

export type DisconnectReason = keyof typeof disconnectReasons;
export const disconnectReasonCodes = Object.keys(disconnectReasons) as DisconnectReason[];
