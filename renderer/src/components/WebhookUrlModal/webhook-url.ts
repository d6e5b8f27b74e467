// Checks a webhook URL as typed: empty (off), a valid http(s) address, and whether it travels unencrypted.
export type WebhookUrlCheck = { ok: true; url: string; insecure: boolean } | { ok: false };

// Plain http to this computer never crosses a network, so it needs no warning.
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

export function checkWebhookUrl(input: string): WebhookUrlCheck {
  const url = input.trim();
  if (!url) return { ok: true, url: '', insecure: false };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return { ok: false };
  if (!parsed.hostname) return { ok: false };
  const local = LOCAL_HOSTS.has(parsed.hostname) || parsed.hostname.endsWith('.localhost');
  return { ok: true, url, insecure: parsed.protocol === 'http:' && !local };
}
