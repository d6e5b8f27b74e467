// Fault injection: dropped connections, refused connects, latency, 429 rate-limit acks; also keeps internal errors.
import type { DeviceConnection } from './connection.js';

export interface FaultRequest {
  /** Drop every companion connection now (abrupt TCP close). */
  dropAll?: boolean;
  /** Drop the connections of one phone number or one device jid (`number:device@s.whatsapp.net`). */
  drop?: string;
  /** Refuse new WebSocket connections for this many seconds. */
  refuseSeconds?: number;
  /** Delay every node the server sends by this many milliseconds (0 to clear). */
  latencyMs?: number;
  /** Answer the next N message sends with `<ack error="429">` and drop them. */
  rateLimitNext?: number;
  /** Clear every fault. */
  reset?: boolean;
}

export class FaultState {
  latencyMs = 0;
  refuseUntil = 0;
  rateLimitRemaining = 0;
  readonly errors: string[] = [];
  readonly connections = new Set<DeviceConnection>();
  /** App-state collections answered "has more patches" with none, for ever (history-sync.ts). */
  readonly stuckAppState = new Set<string>();

  refusing() {
    return Date.now() < this.refuseUntil;
  }

  consumeRateLimit() {
    if (this.rateLimitRemaining <= 0) return false;
    this.rateLimitRemaining--;
    return true;
  }

  recordError(message: string) {
    this.errors.push(message);
    if (process.env.EMULATOR_DEBUG) console.error('[emulator]', message);
  }

  apply(req: FaultRequest) {
    if (req.reset) {
      this.latencyMs = 0;
      this.refuseUntil = 0;
      this.rateLimitRemaining = 0;
    }
    if (req.latencyMs !== undefined) this.latencyMs = Math.max(0, req.latencyMs);
    if (req.refuseSeconds !== undefined) this.refuseUntil = Date.now() + req.refuseSeconds * 1000;
    if (req.rateLimitNext !== undefined) this.rateLimitRemaining = req.rateLimitNext;
    if (req.dropAll) this.dropWhere(() => true);
    if (req.drop) {
      const target = req.drop;
      this.dropWhere((c) => {
        const d = c.device;
        if (!d) return false;
        return target.includes('@')
          ? `${d.number}:${d.id}@s.whatsapp.net` === target
          : d.number === target.replace(/\D/g, '');
      });
    }
    return this.describe();
  }

  private dropWhere(match: (c: DeviceConnection) => boolean) {
    for (const c of [...this.connections]) if (match(c)) c.drop();
  }

  describe() {
    return {
      latencyMs: this.latencyMs,
      refusingForMs: Math.max(0, this.refuseUntil - Date.now()),
      rateLimitRemaining: this.rateLimitRemaining,
      connections: this.connections.size,
    };
  }
}
