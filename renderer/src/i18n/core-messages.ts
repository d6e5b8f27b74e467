// Messages core words in English (they are also the API's and the logs' words) that reach the UI, in
// Indonesian: exact texts first, then the ones that carry a detail (why a download failed).
// Being replaced by core's text table (shared/error-texts.ts, appError): an error worded there carries its key,
// and the UI shows locales/<lang>/errorTexts.ts without reading the sentence. What is left here are field
// messages (in `details`, Laravel-worded for the REST API) not yet moved to the table.
// Laravel-style validation messages are translated by ./validation.ts instead.

const exact: Record<string, string> = {
  'The pattern format is invalid.': 'Format polanya tidak valid.',
};

const kindNames: Record<string, string> = {
  image: 'gambar',
  video: 'video',
  audio: 'audio',
  pdf: 'PDF',
  document: 'dokumen',
};
const kindName = (kind: string) => kindNames[kind] ?? kind;

type Rules = Array<[RegExp, (match: RegExpExecArray) => string]>;

/** The text of the first rule whose pattern matches, or undefined. */
function translateBy(rules: Rules, text: string): string | undefined {
  for (const [pattern, translate] of rules) {
    const match = pattern.exec(text);
    if (match) return translate(match);
  }
  return undefined;
}

/** Why a media link could not be fetched (electron/core/messages/fetch-media.ts). */
const downloadReasons: Rules = [
  [
    /^the file is larger than (.+), WhatsApp's limit for this type$/,
    (m) => `berkasnya lebih besar dari ${m[1]}, batas WhatsApp untuk jenis ini`,
  ],
  [/^the server answered HTTP (\d+)$/, (m) => `servernya menjawab HTTP ${m[1]}`],
  [/^the file is empty$/, () => 'berkasnya kosong'],
  [/^more than (\d+) redirects$/, (m) => `dialihkan lebih dari ${m[1]} kali`],
  [/^it redirects to a link that is not http\(s\)$/, () => 'dialihkan ke tautan yang bukan http(s)'],
  [/^no complete answer within (\d+) seconds$/, (m) => `tidak ada jawaban lengkap dalam ${m[1]} detik`],
];
const downloadReason = (reason: string) => translateBy(downloadReasons, reason) ?? reason;

const patterns: Rules = [
  [
    /^The url could not be downloaded: (.*)\.$/,
    (m) => `Berkas dari tautan tidak bisa diunduh: ${downloadReason(m[1])}.`,
  ],
  [
    /^The (?:url|file) is a web page \(text\/html\), not an? (\w+) file\. Use a direct link to the file( or video)?\.$/,
    (m) =>
      `Tautan ini membuka halaman web, bukan berkas ${kindName(m[1])}${m[2] ? ' atau video' : ''}. Pakai tautan langsung ke berkasnya.`,
  ],
  [
    /^The (?:url|file) is not an? (\w+) file \(it is (.*?)\)( or video)?\.$/,
    (m) =>
      `Berkas ini bukan ${kindName(m[1])}${m[3] ? ' atau video' : ''} (jenisnya ${m[2].replace('of unknown type', 'tidak dikenal')}).`,
  ],
];

/** The Indonesian text of a message core sent, or undefined when there is none. */
export function coreMessageId(text: string): string | undefined {
  return exact[text] ?? translateBy(patterns, text);
}
