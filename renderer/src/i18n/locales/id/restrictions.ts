// What WhatsApp restricts on a number (timelock, new-chat cap), in plain words, with what to do. Indonesian.

export const restrictions = {
  timelock: {
    title: 'WhatsApp sementara memblokir nomor ini untuk memulai chat baru',
    body: 'Pesan ke orang yang belum pernah chat dengan nomor ini ditolak sampai pukul {{time}}. Chat yang sudah ada tetap jalan. Kampanye nomor ini dijeda dan lanjut sendiri pukul {{resume}}.',
    countdown: 'Dibuka dalam {{left}}',
    todo: 'Yang perlu dilakukan: jangan kirim ke nomor baru dulu, jangan coba ulang, dan balas chat pelanggan seperti biasa. Mengirim lebih banyak akan memperpanjang atau memperberat blokir.',
  },
  margin: {
    title: 'Blokir dari WhatsApp sudah dibuka',
    body: 'Untuk keamanan, kampanye nomor ini baru lanjut pukul {{resume}}.',
    countdown: 'Lanjut dalam {{left}}',
  },
  capped: {
    title: 'Nomor ini sudah mencapai batas chat baru dari WhatsApp',
    body: 'Untuk sementara nomor ini hanya boleh mengirim ke orang yang pernah chat dengannya. Kampanye melewati kontak baru.',
    todo: 'Yang perlu dilakukan: kirim hanya ke pelanggan yang sudah pernah chat, dan tunggu sampai batasnya dibuka WhatsApp.',
  },
  warning: {
    FIRST_WARNING: 'Peringatan pertama dari WhatsApp: terlalu banyak chat baru',
    SECOND_WARNING: 'Peringatan kedua dari WhatsApp: terlalu banyak chat baru',
    body: 'Kampanye nomor ini dikirim lebih pelan dan batas hariannya diturunkan, supaya nomor tidak dibatasi.',
    todo: 'Yang perlu dilakukan: kirim lebih sedikit ke nomor baru dan ajak pelanggan membalas pesan Anda.',
  },
  health: {
    title: 'Kesehatan nomor',
    help: 'Chat baru hari ini dibanding batas dari WhatsApp, dan apakah WhatsApp sedang membatasi nomor ini.',
    device: 'Nomor',
    newChats: 'Chat baru hari ini',
    cap: 'Batas dari WhatsApp',
    capUnknown: 'belum diketahui',
    capNone: 'tanpa batas',
    capUsed: '{{used}} dari {{total}} terpakai',
    status: 'Kesehatan',
    good: 'Sehat',
    warningState: 'Waspada',
    restricted: 'Dibatasi',
    empty: 'Belum ada perangkat.',
  },
};
