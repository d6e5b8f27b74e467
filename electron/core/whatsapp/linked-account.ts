// What we learn about the linked WhatsApp account once a session opens (number, name, platform, picture).
import { jidDecode, jidNormalizedUser, type WASocket } from '@whiskeysockets/baileys';
import type { LinkedAccount } from '../devices/queries';

export function accountNumber(sock: WASocket): string | null {
  return sock.user?.id ? (jidDecode(sock.user.id)?.user ?? null) : null;
}

export function readLinkedAccount(sock: WASocket): LinkedAccount {
  return {
    jid: sock.user?.id ? jidNormalizedUser(sock.user.id) : null,
    lid: sock.user?.lid ?? null,
    name: sock.user?.name ?? sock.user?.verifiedName ?? null,
    platform: sock.authState.creds.platform ?? null,
    pictureUrl: null,
  };
}

/** The account's profile picture URL, or null (none set, or hidden by privacy settings). */
export function fetchProfilePicture(sock: WASocket, timeoutMs = 5000): Promise<string | null> {
  const jid = sock.user?.id ? jidNormalizedUser(sock.user.id) : null;
  if (!jid) return Promise.resolve(null);
  return sock.profilePictureUrl(jid, 'image', timeoutMs).then(
    (url) => url ?? null,
    () => null,
  );
}
