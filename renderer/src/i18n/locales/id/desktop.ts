// The desktop app on the Settings page: start with the computer, notifications, keep awake, updates. Indonesian.

export const desktop = {
  section: 'Aplikasi desktop',
  headlessNote:
    'Pengaturan ini berlaku saat Wasender berjalan sebagai aplikasi desktop. Di mode browser (npm run serve) hanya pemeriksaan pembaruan yang dipakai.',
  startAtLogin: 'Mulai bersama komputer',
  startAtLoginHint:
    'Wasender terbuka diam-diam di tray saat Anda masuk ke komputer, jadi API tetap melayani software kantor Anda tanpa perlu membuka aplikasi.',
  startAtLoginPending: 'Akan dinyalakan otomatis saat perangkat pertama tersambung.',
  keepAwake: 'Jaga komputer tetap menyala saat kampanye mengirim',
  keepAwakeHint:
    'Komputer tidak tertidur selama kampanye berjalan, supaya pengiriman tidak berhenti di tengah jalan.',
  notificationsSection: 'Notifikasi',
  notificationsHint: 'Muncul di pojok layar, juga saat jendela Wasender tertutup.',
  notify: {
    inbox: 'Pesan masuk baru (saat jendela tertutup atau tidak aktif)',
    device: 'Perangkat terputus atau dikeluarkan dari HP',
    campaign: 'Kampanye selesai atau dijeda',
    restriction: 'Nomor dibatasi oleh WhatsApp',
  },
  updatesSection: 'Pembaruan',
  autoUpdate: 'Perbarui otomatis',
  autoUpdateHint:
    'Memeriksa versi baru saat aplikasi mulai dan tiap 6 jam, mengunduhnya di latar belakang, lalu memasangnya saat Anda keluar. Tidak pernah memulai ulang di tengah kampanye.',
  restartToUpdate: 'Mulai ulang dan perbarui',
  checkNow: 'Periksa sekarang',
  version: 'Versi {{version}}',
  update: {
    idle: 'Belum diperiksa.',
    checking: 'Memeriksa pembaruan…',
    latest: 'Anda memakai versi terbaru.',
    available: 'Versi {{version}} tersedia, sedang diunduh…',
    downloading: 'Mengunduh versi {{version}}… {{percent}}%',
    ready: 'Versi {{version}} siap. Dipasang saat Anda keluar dari Wasender.',
    error: 'Pembaruan gagal diperiksa: {{message}}',
    unsupported: 'Pembaruan otomatis hanya ada di aplikasi yang dipasang dari installer.',
    newer: 'Versi {{version}} tersedia. Unduh dari halaman rilis.',
  },
};
