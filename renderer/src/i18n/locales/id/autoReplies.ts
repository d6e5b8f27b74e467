// Auto-reply rules per device. Indonesian.

export const autoReplies = {
  title: 'Balasan otomatis',
  hint: 'Aturan dicoba dari atas ke bawah; yang pertama cocok menjawab. Jeda per obrolan mencegah dua bot saling membalas tanpa henti.',
  add: 'Tambah aturan',
  empty: 'Belum ada aturan untuk perangkat ini.',
  match: { exact: 'Sama persis', contains: 'Mengandung', regex: 'Regex' },
  pattern: 'Jika pesan',
  reply: 'Balas dengan',
  mediaUrl: 'URL gambar/berkas (opsional)',
  caseSensitive: 'Bedakan huruf besar/kecil',
  cooldown: 'Jeda per obrolan (detik)',
  enabled: 'Aktif',
  moveUp: 'Naikkan',
  moveDown: 'Turunkan',
  test: 'Coba aturan',
  testPlaceholder: 'Ketik pesan contoh…',
  testMatch: 'Aturan #{{position}} menjawab: {{reply}}',
  testNoMatch: 'Tidak ada aturan yang cocok.',
  invalidRegex: 'Pola regex tidak valid.',
  unsupportedRegex:
    'Pola ini memakai backreference (\\1) atau lookaround ((?=, (?!, (?<=, (?<!) yang tidak didukung balasan otomatis: satu pesan jahil bisa membuat aplikasi macet. Tulis pola tanpa itu.',
};
