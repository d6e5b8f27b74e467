// The Devices page (list, linking, webhooks per device) and why a device is disconnected. Indonesian.
import type { DisconnectReason } from '../../../../../shared/disconnect-reasons';

export const devices = {
  sendStyle: {
    label: 'Cara kirim tombol & daftar',
    interactive: 'Tombol interaktif',
    interactiveHint: 'Tombol yang bisa diketuk; mungkin tidak tampil di semua ponsel.',
    poll: 'Polling',
    pollHint: 'Pilihan sebagai polling WhatsApp; tampil di semua ponsel.',
    text: 'Menu teks bernomor',
    textHint: 'Teks berisi pilihan bernomor, penerima membalas "1", "2", "3".',
    saved: 'Cara kirim {{name}} diubah ke: {{style}}',
  },
  title: 'Perangkat',
  subtitle: 'Nomor WhatsApp yang dipakai untuk mengirim dan menerima pesan.',
  unnamed: 'Tanpa nama',
  empty: {
    title: 'Belum ada perangkat',
    description:
      'Tautkan nomor WhatsApp Anda untuk mulai mengirim pesan. Satu perangkat adalah satu nomor WhatsApp, misalnya nomor toko atau admin. Setelah ditambahkan, Anda cukup memindai kode QR dari HP, sama seperti WhatsApp Web.',
  },
  add: {
    title: 'Tambah perangkat',
    number: 'Nomor WhatsApp',
    numberPlaceholder: 'contoh: 0812-3456-7890',
    name: 'Nama',
    namePlaceholder: 'contoh: Toko Utama',
    submit: 'Tambah',
    willSaveAs: 'Disimpan sebagai {{number}}',
    hint: 'Boleh ditulis 0812…, 62812…, atau +62 812…',
    required: 'Isi nomor WhatsApp.',
    invalid: 'Nomor ini tidak valid. Tulis seperti 0812-3456-7890 atau +62 812 3456 7890.',
    done: '{{name}} ditambahkan',
  },
  fieldErrors: {
    number: {
      invalid_input: 'Nomor ini tidak valid.',
      conflict: 'Nomor ini sudah ditambahkan.',
    },
    url: {
      invalid_input: 'Alamat ini tidak valid.',
    },
    name: {
      invalid_input: 'Nama paling banyak 60 huruf.',
    },
  },
  columns: {
    name: 'Nama',
    number: 'Nomor',
    status: 'Status',
    actions: 'Aksi',
  },
  status: {
    idle: 'Belum tersambung',
    connecting: 'Menyambungkan',
    qr: 'Menunggu scan QR',
    open: 'Tersambung',
    reconnecting: 'Menyambung ulang',
    paused: 'Dijeda',
    logged_out: 'Keluar dari WhatsApp',
    failed: 'Gagal',
  },
  rename: {
    action: 'Ganti nama {{name}}',
    title: 'Ganti nama perangkat',
    label: 'Nama',
    done: 'Nama perangkat diperbarui',
  },
  remove: {
    action: 'Hapus {{name}}',
    title: 'Hapus perangkat?',
    body: '{{name}} ({{number}}) akan dihapus dari Wasender dan dikeluarkan dari WhatsApp di ponsel. Anda bisa menambahkannya lagi kapan saja.',
    confirm: 'Ya, hapus',
    done: 'Perangkat dihapus',
  },
  badge: {
    reconnectingIn: 'Menyambung ulang dalam {{seconds}} dtk',
  },
  hints: {
    idle: 'Belum ditautkan ke WhatsApp. Klik Tautkan, lalu pindai kode QR dengan ponsel.',
    connecting: 'Sedang menyambung ke WhatsApp…',
    qr: 'Kode QR siap dipindai. Klik Tampilkan QR.',
    open: '',
    reconnecting: 'Koneksi terputus. Aplikasi menyambung lagi secara otomatis.',
    paused: 'Dijeda: pesan tidak dikirim atau diterima. Klik Lanjutkan untuk menyambung lagi.',
    logged_out: 'Perangkat keluar dari WhatsApp. Klik Tautkan untuk menautkannya lagi.',
    failed: 'Sambungan berhenti. Klik Lanjutkan untuk mencoba lagi.',
  },
  card: {
    waName: 'Nama WhatsApp',
    platform: 'Ponsel',
    connectedSince: 'Tersambung sejak {{time}}',
    webhook: 'Webhook',
    noWebhook: 'Belum diatur',
    picture: 'Foto profil {{name}}',
  },
  actions: {
    link: 'Tautkan',
    showQr: 'Tampilkan QR',
    pause: 'Jeda',
    resume: 'Lanjutkan',
    paused: 'Perangkat dijeda',
    resumed: 'Menyambungkan lagi…',
  },
  link: {
    title: 'Tautkan {{name}}',
    modeQr: 'Kode QR',
    modePhone: 'Nomor telepon',
    qrSteps: {
      open: 'Buka WhatsApp di ponsel dengan nomor {{number}}.',
      menu: 'Ketuk Menu ⋮ (Android) atau Setelan (iPhone).',
      linked: 'Ketuk Perangkat tertaut, lalu Tautkan perangkat.',
      scan: 'Arahkan kamera ponsel ke kode QR ini.',
    },
    codeSteps: {
      open: 'Buka WhatsApp di ponsel dengan nomor {{number}}.',
      linked: 'Ketuk Menu ⋮ atau Setelan › Perangkat tertaut › Tautkan perangkat.',
      phone: 'Ketuk Tautkan dengan nomor telepon saja (di bawah kamera).',
      enter: 'Masukkan kode di bawah ini di ponsel.',
    },
    preparing: 'Menyiapkan kode QR…',
    connecting: 'Menyambungkan ke WhatsApp…',
    qrAlt: 'Kode QR untuk menautkan {{number}}',
    qrRotates:
      'Kode ini berganti sendiri sekitar setiap 20 detik. Biarkan jendela ini terbuka sampai selesai.',
    expiredTitle: 'Kode QR kedaluwarsa',
    expiredText: 'Kode tidak dipindai tepat waktu. Minta kode baru, lalu pindai lagi.',
    newQr: 'Dapatkan kode baru',
    requesting: 'Meminta kode dari WhatsApp…',
    codeLabel: 'Kode tautan',
    codeHint: 'Kode hanya berlaku beberapa menit. Jika kedaluwarsa, minta kode baru.',
    copyCode: 'Salin kode',
    newCode: 'Minta kode baru',
    codeFailed: 'Kode belum bisa dibuat. Periksa koneksi internet, lalu coba lagi.',
    done: '{{name}} tersambung ke WhatsApp',
    close: 'Tutup',
  },
  logout: {
    tip: 'Keluarkan dari WhatsApp',
    action: 'Keluarkan {{name}} dari WhatsApp',
    title: 'Keluarkan dari WhatsApp?',
    body: '{{name}} ({{number}}) tidak akan tertaut lagi di ponsel dan berhenti mengirim serta menerima pesan. Untuk memakainya lagi, pindai kode QR baru.',
    confirm: 'Ya, keluarkan',
    done: 'Perangkat dikeluarkan dari WhatsApp',
  },
  webhook: {
    action: 'Webhook {{name}}',
    title: 'Webhook untuk {{name}}',
    label: 'URL webhook',
    placeholder: 'https://toko-anda.com/webhook.php',
    description:
      'Pesan yang masuk ke nomor ini diteruskan ke alamat ini. Kosongkan untuk memakai webhook utama (halaman Webhooks).',
    invalid: 'Tulis alamat lengkap yang diawali https:// atau http://.',
    httpWarning:
      'Alamat ini memakai http:// tanpa enkripsi, jadi isi pesan bisa terbaca di jaringan. Pakai https:// jika server Anda mendukungnya.',
    saved: 'Webhook disimpan',
    cleared: 'Nomor ini kini memakai webhook utama',
    repliesElsewhere: 'Izinkan jawaban webhook mengirim ke nomor lain',
    repliesElsewhereHint:
      'Mati: balasan dalam jawaban server Anda hanya dikirim ke chat yang mengirim pesan. Nyalakan hanya bila server Anda memakai {"number": …} untuk meneruskan ke orang lain.',
  },
};

/** Why a device is not connected (codes from shared/disconnect-reasons.ts), with what to do next. */
export const reasons: Record<DisconnectReason, string> = {
  logged_out:
    'Perangkat ini dikeluarkan dari WhatsApp (dari ponsel atau dari aplikasi). Pindai kode QR lagi untuk menautkan.',
  replaced:
    'Sesi ini dibuka di tempat lain (aplikasi lain memakai data yang sama). Tutup yang lain, lalu klik Lanjutkan.',
  connection_lost:
    'Koneksi ke WhatsApp terputus. Aplikasi mencoba menyambung lagi secara otomatis; periksa internet Anda.',
  restart_required: 'WhatsApp meminta sambung ulang. Aplikasi menyambung lagi sekarang.',
  banned: 'WhatsApp menolak nomor ini (mungkin diblokir). Buka WhatsApp di ponsel untuk melihat alasannya.',
  bad_session:
    'Data sesi rusak atau tidak cocok. Jika terus berulang, keluarkan perangkat dan pindai QR lagi.',
  multidevice_mismatch:
    'Versi WhatsApp di ponsel tidak mendukung perangkat tertaut. Perbarui WhatsApp, lalu pindai QR lagi.',
  unavailable: 'Layanan WhatsApp sedang tidak tersedia. Aplikasi mencoba lagi secara otomatis.',
  qr_timeout: 'Kode QR kedaluwarsa karena tidak dipindai. Klik Tautkan untuk mendapatkan kode baru.',
  wrong_number: 'Kode QR dipindai dengan nomor lain. Pindai dengan ponsel dari nomor perangkat ini.',
  unresponsive: 'Koneksi terlihat aktif tetapi tidak merespons. Aplikasi memulai ulang sesi secara otomatis.',
  unreachable: 'Server WhatsApp tidak dapat dihubungi. Periksa internet Anda; aplikasi terus mencoba.',
  keys_unreadable:
    'Kunci WhatsApp perangkat ini tidak bisa dibuka di komputer ini (keychain sistem direset, atau data disalin dari akun atau komputer lain). Tidak ada yang dihapus. Pindai kode QR lagi untuk menautkan ulang.',
};
