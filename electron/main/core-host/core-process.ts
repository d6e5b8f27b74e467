// Entry of the process core runs in, off the window's main process: Electron's utilityProcess in the app
// (process.parentPort), or a Node child process (process.send) in tests and benchmarks. Baileys' Signal
// crypto, SQLite, spreadsheet parsing and the REST API then never stall the window or the tray.
import { serveCore } from './serve-core';
import type { FromCore, Port, ToCore } from './protocol';

interface ParentPort {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
}

const parentPort = (process as { parentPort?: ParentPort }).parentPort;

const port: Port<ToCore, FromCore> = parentPort
  ? {
      post: (message) => parentPort.postMessage(message),
      onMessage: (listener) => parentPort.on('message', (event) => listener(event.data as ToCore)),
    }
  : {
      post: (message) => process.send!(message),
      onMessage: (listener) => process.on('message', (message) => listener(message as ToCore)),
    };

const close = serveCore(port, (code) => process.exit(code));
// A Node parent that went away cannot ask for a clean close any more: stop rather than run on unseen.
if (!parentPort) process.on('disconnect', () => void close());
