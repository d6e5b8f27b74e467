// WhatsApp shows pairing codes as two groups of four: "ABCD-EFGH".
export function formatPairingCode(code: string): string {
  const clean = code.replace(/[^0-9A-Z]/gi, '').toUpperCase();
  return clean.length === 8 ? `${clean.slice(0, 4)}-${clean.slice(4)}` : clean;
}
