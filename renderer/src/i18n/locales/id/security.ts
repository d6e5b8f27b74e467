// Settings → Security: how the WhatsApp keys and secrets are protected on this computer. Indonesian.

export const security = {
  section: 'Keamanan data',
  level: {
    keychain:
      'Kunci WhatsApp, API key, secret webhook, dan API key AI disimpan terenkripsi. Kunci enkripsinya dilindungi keychain sistem ({{backend}}): file database yang disalin sendirian tidak membuka apa pun.',
    key_file:
      'Kunci WhatsApp dan secret disimpan terenkripsi, tetapi komputer ini tidak punya keychain sistem, jadi kunci enkripsinya ada di file {{keyFile}} yang hanya bisa dibaca akun Anda. Jaga akun komputer ini untuk Anda sendiri.',
    none: 'Kunci WhatsApp dan secret disimpan tanpa enkripsi; hanya izin folder data yang melindunginya.',
  },
  backendDefault: 'bawaan sistem',
  lostKey:
    'Kunci enkripsi yang tersimpan tidak bisa dibuka saat aplikasi dimulai (keychain direset, atau data disalin dari akun lain). Tidak ada data yang dihapus: aplikasi membuat kunci baru, API key dan secret webhook diganti (lihat di atas), dan perangkat yang kuncinya tidak terbaca perlu dipindai QR lagi.',
  backupNote:
    'Cadangan folder data hanya bisa dibuka oleh akun ini di komputer ini. Dipulihkan di komputer lain, perangkat perlu ditautkan ulang.',
};
