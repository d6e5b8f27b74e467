// `npm run emulator -- --port 7700 [--host 127.0.0.1] [--auto-phones] [--phone 6281234567890:Alice …] [--state-dir DIR]`
import { parseArgs } from 'node:util';
import { startEmulator } from './index.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '7700' },
    host: { type: 'string', default: '127.0.0.1' },
    'auto-phones': { type: 'boolean', default: false },
    phone: { type: 'string', multiple: true, default: [] },
    'state-dir': { type: 'string' },
  },
});

const emu = await startEmulator({
  port: Number(values.port),
  host: values.host,
  autoPhones: values['auto-phones'],
});
for (const spec of values.phone ?? []) {
  const [number, name] = spec.split(':');
  emu.createPhone(number, name);
}
const env = Object.entries(emu.appEnv)
  .map(([k, v]) => `${k}=${v}`)
  .join(' ');
console.log(`WhatsApp emulator listening
  WebSocket     ${emu.waUrl}
  Control API   ${emu.httpUrl}   (phone view: ${emu.httpUrl}/)
  Media CA cert ${emu.caCertPath}
  Auto phones   ${values['auto-phones'] ? 'on (any number is on WhatsApp)' : 'off (create phones first)'}
  State         ${values['state-dir'] ? `kept in ${values['state-dir']} (linked devices survive restarts)` : 'in memory only (add --state-dir DIR to keep it)'}

Start the app against it:
  npm run serve -- ${emu.appArgs.join(' ')}
or with environment variables:
  ${env} npm run serve

Create a phone and link the app's QR:
  curl -s -XPOST ${emu.httpUrl}/phones -H 'content-type: application/json' -d '{"number":"6281234567890","name":"Shop phone"}'
  curl -s -XPOST ${emu.httpUrl}/phones/6281234567890/link -H 'content-type: application/json' -d '{"qr":"<QR string or PNG data URL>"}'
`);

const stop = async () => {
  await emu.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
