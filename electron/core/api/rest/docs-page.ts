// The offline docs page at /docs: each endpoint with its parameters and PHP, Python, Node and curl code
// for this app's real address. The key shows as YOUR_API_KEY unless the page is opened by the app with
// its per-run RPC token in the URL fragment (#token=…), which never reaches a server log.
import { documentedFields, type Endpoint } from './endpoint';
import {
  exampleParams,
  KEY_PLACEHOLDER,
  snippet,
  type Language,
} from '../../../../shared/schemas/code-snippets';

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/** Escaped text with `backticks` shown as code, as the endpoint descriptions write it. */
const prose = (text: string) => escapeHtml(text).replace(/`([^`]+)`/g, '<code>$1</code>');

const languages: Array<[Language, string]> = [
  ['php', 'PHP'],
  ['python', 'Python'],
  ['node', 'Node.js'],
  ['curl', 'curl'],
];

function section(endpoint: Endpoint, baseUrl: string): string {
  const id = endpoint.path.slice(1);
  const rows = documentedFields(endpoint)
    .map(
      ([name, doc]) =>
        `<tr><td><code>${escapeHtml(name)}</code></td><td>${doc.type}${doc.enum ? `: ${doc.enum.join(', ')}` : ''}${doc.maxItems ? ` (max ${doc.maxItems})` : ''}</td>` +
        `<td>${doc.required ? '<b>required</b>' : 'optional'}</td><td>${prose(doc.description)}</td></tr>`,
    )
    .join('');
  const examples = [{ title: '', params: exampleParams(endpoint.params) }, ...(endpoint.examples ?? [])]
    .map((example, n) => codeTabs(`${id}${n ? `-${n}` : ''}`, baseUrl + endpoint.path, example))
    .join('');
  return `<section id="${id}"><h2><span class="verb">POST | GET</span> ${escapeHtml(baseUrl + endpoint.path)}</h2>
<h3>${escapeHtml(endpoint.summary)}</h3><p>${prose(endpoint.description)}</p>
<table><tr><th>Parameter</th><th>Type</th><th></th><th>Description</th></tr><tr><td><code>api_key</code></td><td>string</td><td><b>required</b></td><td>Your API key, or the <code>X-Api-Key</code> header.</td></tr>${rows}</table>
${examples}</section>`;
}

/** One request in the four languages, as tabs. */
function codeTabs(id: string, url: string, example: { title: string; params: Array<[string, unknown]> }) {
  const tabs = languages
    .map(
      ([lang, label], i) =>
        `<button type="button" data-tab="${id}-${lang}"${i === 0 ? ' class="on"' : ''}>${label}</button>`,
    )
    .join('');
  const codes = languages
    .map(
      ([lang], i) =>
        `<div class="code${i === 0 ? ' on' : ''}" id="${id}-${lang}"><button type="button" class="copy">Copy</button><pre><code>${escapeHtml(snippet(lang, url, example.params))}</code></pre></div>`,
    )
    .join('');
  return `<div class="example">${example.title ? `<h4>${prose(example.title)}</h4>` : ''}<div class="tabs">${tabs}</div>${codes}</div>`;
}

const responsesHtml = `<section id="responses"><h2>Responses</h2>
<p>Every success is HTTP 200 (also /generate-qr's <code>"processing"</code>); every failure is non-2xx with <code>"status":false</code>. Every answer repeats <code>msg</code> as <code>message</code>.</p><table>
<tr><th>HTTP</th><th>Body</th><th>When</th></tr>
<tr><td>200</td><td><code>{"status":true,"msg":"Message sent successfully!","message":"Message sent successfully!","id":"3EB0…","data":{"id":"3EB0…"}}</code></td><td>sent</td></tr>
<tr><td>200</td><td><code>…,"data":{"id":"3EB0…","key":{"id":"3EB0…","remoteJid":"628…@s.whatsapp.net","fromMe":true},"messageTimestamp":1767254400,"status":1}}</code></td><td>sent, with <code>full=1</code> (MPWA's send result)</td></tr>
<tr><td>422</td><td><code>{"status":false,"msg":"Invalid data!","message":"Invalid data!","errors":{"number":["The number field is required."]}}</code></td><td>invalid parameters (all fields at once)</td></tr>
<tr><td>502</td><td><code>{"status":false,"msg":"Message failed to send!",…}</code></td><td>WhatsApp refused the message</td></tr>
<tr><td>503 / 404</td><td><code>{"status":false,"msg":"Failed to send message!",…,"errors":"Failed to access whatsapp server"}</code></td><td>device not connected / not in this app</td></tr>
<tr><td>401</td><td><code>{"status":false,"msg":"Invalid API key",…}</code></td><td>missing or wrong key</td></tr>
<tr><td>429</td><td><code>{"status":false,"msg":"Message failed to send!",…,"errors":"This number is temporarily blocked by WhatsApp from starting new chats until 14:30. Sending more makes it worse."}</code> with <code>Retry-After</code></td><td>a new chat while WhatsApp restricts the number (timelock / new-chat cap); existing chats still go out</td></tr>
<tr><td>429</td><td><code>{"status":false,"msg":"Too many requests with a wrong API key…"}</code></td><td>too many wrong keys in a minute</td></tr>
<tr><td>404</td><td><code>{"status":false,"msg":"Not found: POST /send-x",…}</code></td><td>unknown path</td></tr>
<tr><td>400 / 413 / 415</td><td><code>{"status":false,"msg":…}</code></td><td>unreadable body / too large / unsupported Content-Type</td></tr>
</table><p>Optional on every send: <code>msgid</code> (quote an earlier message), <code>ref</code> (idempotency key: a retry with the same ref never sends twice), <code>full=1</code>, several recipients in <code>number</code> separated by <code>|</code>. The key: <code>api_key</code> (body or query), the <code>X-Api-Key</code> header, or <code>Authorization: Bearer …</code>. On GET a list may be comma-separated (<code>button=Ya,Tidak</code>); empty fields count as absent and unknown ones are ignored. Machine-readable: <a href="openapi.json">openapi.json</a>.</p></section>`;

const style = `body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1b1f24;background:#f6f7f9}
header{background:#128c7e;color:#fff;padding:16px 24px}header h1{margin:0;font-size:20px}header p{margin:4px 0 0}
main{display:flex;gap:24px;padding:24px;max-width:1200px;margin:auto}nav{min-width:170px;position:sticky;top:16px;align-self:flex-start}
nav a{display:block;color:#128c7e;text-decoration:none;padding:2px 0}section{background:#fff;border-radius:8px;padding:16px 20px;margin-bottom:20px;box-shadow:0 1px 2px #0001}
h2{font-size:16px;margin:0 0 4px;word-break:break-all}h3{margin:4px 0}.verb{background:#e7f5f3;color:#0b6b60;border-radius:4px;padding:1px 6px;font-size:12px}
table{border-collapse:collapse;width:100%;margin:8px 0}td,th{border-bottom:1px solid #e3e6ea;padding:4px 8px;text-align:left;vertical-align:top;font-size:14px}
.tabs button{border:0;background:#eceff3;padding:4px 12px;border-radius:4px 4px 0 0;cursor:pointer}.tabs button.on{background:#1b1f24;color:#fff}
.code{display:none;position:relative}.code.on{display:block}pre{background:#1b1f24;color:#e6edf3;padding:12px;border-radius:0 6px 6px 6px;overflow:auto;margin:0}
.copy{position:absolute;right:8px;top:8px;border:0;border-radius:4px;padding:2px 8px;cursor:pointer}`;

function script(): string {
  // Fills the real key only with the app's RPC token (from the fragment); otherwise YOUR_API_KEY stays.
  return `
document.querySelectorAll('.tabs button').forEach(function (b) { b.addEventListener('click', function () {
  var s = b.closest('.example');
  s.querySelectorAll('.tabs button, .code').forEach(function (e) { e.classList.remove('on'); });
  b.classList.add('on'); document.getElementById(b.dataset.tab).classList.add('on');
}); });
document.querySelectorAll('.copy').forEach(function (b) { b.addEventListener('click', function () {
  navigator.clipboard.writeText(b.nextElementSibling.textContent).then(function () { b.textContent = 'Copied'; setTimeout(function () { b.textContent = 'Copy'; }, 1500); });
}); });
var m = /token=([\\w-]+)/.exec(location.hash);
if (m) {
  history.replaceState(null, '', location.pathname);
  fetch('rpc/settings.get', { method: 'POST', headers: { 'content-type': 'application/json', 'x-wasender-token': m[1] }, body: '{}' })
    .then(function (r) { return r.json(); })
    .then(function (r) { if (!r.ok || !r.result.apiKey) return;
      document.querySelectorAll('pre code').forEach(function (c) { c.textContent = c.textContent.split(${JSON.stringify(KEY_PLACEHOLDER)}).join(r.result.apiKey); });
    }).catch(function () {});
}`;
}

export function renderDocsPage(endpoints: Endpoint[], baseUrl: string, nonce: string): string {
  const nav = endpoints.map((e) => `<a href="#${e.path.slice(1)}">${e.path}</a>`).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Wasender Desktop — REST API</title><style>${style}</style></head><body>
<header><h1>Wasender Desktop — REST API</h1><p>Base URL <code>${escapeHtml(baseUrl)}</code>. Every endpoint takes POST (form, JSON, multipart) or GET.</p></header>
<main><nav>${nav}<a href="#responses">Responses</a><a href="openapi.json">openapi.json</a></nav><div>
${endpoints.map((e) => section(e, baseUrl)).join('\n')}
${responsesHtml}</div></main><script nonce="${nonce}">${script()}</script></body></html>`;
}
