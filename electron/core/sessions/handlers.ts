// sessions.* of the contract, over the sessions in ../whatsapp/: connect (QR), pairing code, pause/resume,
// logout, live states.
import type { HandlersFor } from '../../../shared/contract';
import { formatPairingCode } from '../whatsapp/pairing-code';
import type { SessionRegistry } from '../whatsapp/session-registry';

export function createSessionHandlers(sessions: SessionRegistry) {
  return {
    'sessions.list': () => sessions.list(),
    'sessions.connect': ({ id }) => {
      sessions.get(id).start({ wantQr: true });
      return sessions.get(id).snapshot();
    },
    'sessions.requestPairingCode': async ({ id }) => ({
      code: formatPairingCode(await sessions.get(id).requestPairingCode()),
    }),
    'sessions.pause': async ({ id }) => {
      await sessions.get(id).pause();
      return sessions.get(id).snapshot();
    },
    'sessions.resume': ({ id }) => {
      sessions.get(id).start({ wantQr: true });
      return sessions.get(id).snapshot();
    },
    'sessions.logout': async ({ id }) => {
      await sessions.get(id).logout();
      return sessions.get(id).snapshot();
    },
  } satisfies HandlersFor<
    | 'sessions.list'
    | 'sessions.connect'
    | 'sessions.requestPairingCode'
    | 'sessions.pause'
    | 'sessions.resume'
    | 'sessions.logout'
  >;
}
