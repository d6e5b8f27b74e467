// The demo page at `/`: phones, their linked devices and what they received, with forms to link and send.
import type { ControlInfo } from './control-api.js';
import type { EmulatorContext } from './context.js';
import type { ReceivedMessage } from './decode-content.js';
import { isStatusBroadcast } from './status-broadcast.js';

const esc = (s: unknown) =>
  String(s ?? '').replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

function summarize(m: ReceivedMessage) {
  const parts = [m.text, m.caption && `caption: ${m.caption}`];
  if (m.media)
    parts.push(
      `${m.media.kind} ${m.media.fileName ?? ''} ${m.media.size ?? '?'} B sha256 ${m.media.sha256?.slice(0, 12) ?? '-'}${m.media.sha256Matches ? ' ✓' : ''}`,
    );
  if (m.buttons) parts.push(`buttons: ${m.buttons.map((b) => b.text).join(' | ')}`);
  if (m.list) parts.push(`list: ${m.list.sections.flatMap((s) => s.rows.map((r) => r.title)).join(' | ')}`);
  if (m.nativeFlow) parts.push(`native flow: ${m.nativeFlow.map((b) => b.name).join(', ')}`);
  if (m.poll) parts.push(`poll: ${m.poll.name} [${m.poll.options.join(' / ')}]`);
  if (m.location) parts.push(`location: ${m.location.latitude},${m.location.longitude}`);
  if (m.reply) parts.push(`reply: ${m.reply.kind} ${m.reply.id}`);
  return parts.filter(Boolean).join(' · ');
}

// Forms post JSON; the page reloads every 3 s unless you are typing.
const SCRIPT = `
const post = (path, body) => fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
  .then((r) => r.json()).then((r) => { if (r.error) alert(r.error); location.reload(); });
document.querySelectorAll('form[data-post]').forEach((form) => form.addEventListener('submit', (e) => {
  e.preventDefault();
  const body = Object.fromEntries(new FormData(form));
  if (form.dataset.field) {
    const v = String(body.value).trim();
    post(form.dataset.post, v.startsWith('data:image') ? { qrImage: v } : v.length <= 9 ? { pairingCode: v } : { qr: v });
  } else post(form.dataset.post, body);
}));
document.querySelectorAll('[data-action]').forEach((b) => b.addEventListener('click', () => post(b.dataset.action, {})));
setInterval(() => { if (!['INPUT', 'TEXTAREA'].includes(document.activeElement?.tagName ?? '')) location.reload(); }, 3000);
`;

export function renderPhoneView(ctx: EmulatorContext, info: ControlInfo) {
  const phones = ctx.phones
    .list()
    .map(
      (p) => `
<section><h2>${esc(p.name)} <small>+${esc(p.number)} · ${esc(p.lidJid)}</small></h2>
<p>Linked devices: ${[...p.devices.values()].map((d) => `${esc(d.number)}:${d.id} (${esc(d.platform)}, ${d.connection && !d.connection.closed ? 'online' : 'offline'})`).join(', ') || 'none'}</p>
<form data-post="/phones/${esc(p.number)}/link" data-field="qr"><input name="value" size="60" placeholder="QR string, PNG data URL or pairing code"> <button>Link</button></form>
<form data-post="/phones/${esc(p.number)}/send"><input name="to" placeholder="to (number or group jid)"> <input name="text" size="40" placeholder="message"> <button>Send as ${esc(p.name)}</button>
 <button type="button" data-action="/phones/${esc(p.number)}/logout-device">Log out linked devices</button></form>
<table><tr><th>time</th><th>from</th><th>type</th><th>content</th></tr>
${p.messages
  .slice(-50)
  .reverse()
  .map(
    (m) =>
      `<tr><td>${new Date(m.timestamp).toISOString().slice(11, 19)}</td><td>${esc(m.group ? `${m.group} / ${m.from}` : m.from)}</td><td>${esc(m.type)}</td><td>${esc(summarize(m))}${isStatusBroadcast(m.group) ? ` <button type="button" data-action="/phones/${esc(p.number)}/statuses/${esc(m.id)}/view">View status</button>` : ''}</td></tr>`,
  )
  .join('')}
</table></section>`,
    )
    .join('');
  return `<!doctype html><html><head><meta charset="utf-8"><title>WhatsApp emulator</title>
<style>body{font:14px system-ui;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}small{color:#666}</style></head>
<body><h1>WhatsApp emulator</h1><p>WebSocket: <code>${esc(info.waUrl)}</code> · start the app with <code>npm run serve -- ${esc(info.appArgs.join(' '))}</code></p>
<form data-post="/phones"><input name="number" placeholder="phone number"> <input name="name" placeholder="name"> <button>Add phone</button></form>
${phones || '<p>No phones yet. Add the number the app will link, and a contact or two.</p>'}
<h2>Groups</h2><ul>${
    ctx.groups
      .list()
      .map(
        (g) =>
          `<li>${esc(g.subject)} <small>${esc(g.jid)}</small>: ${g.participants.map((p) => esc(p.number)).join(', ')}</li>`,
      )
      .join('') || '<li>none</li>'
  }</ul>
<script>${SCRIPT}</script></body></html>`;
}
