// The transport the REST API and compose send through (app.ts wires it under messages/send.ts): for devices that
// opted in (Safety tab), a send over the hourly/daily/warm-up limit or during a 429 rest is refused in plain
// words, and every send is counted like a campaign's. Campaigns consult the governor themselves (pacing.ts).
import type { Database } from 'better-sqlite3';
import { AppError } from '../errors';
import type { MessageSender } from '../messages/sender';
import type { SafetyGovernor } from './governor';
import { systemClock, type Clock } from './pacing';

export function governedSender(
  db: Database,
  governor: SafetyGovernor,
  inner: MessageSender,
  clock: Clock = systemClock,
): MessageSender {
  return {
    async send(request) {
      const { deviceId } = request;
      if (!governor.governsApi(deviceId)) return inner.send(request);
      const allowed = governor.allows(deviceId, clock.now());
      if (allowed.reason)
        throw new AppError(
          'send_failed',
          `Safety limit of this number (${allowed.reason.replace('_', ' ')}): sending again after ${new Date(allowed.at).toISOString()}.`,
        );
      const sent = await inner.send(request);
      governor.record(deviceId, clock.now());
      return sent;
    },
  };
}
