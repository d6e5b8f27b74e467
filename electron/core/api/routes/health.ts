// GET /health: is the app up, which version, how many devices (and how many connected).
import type { FastifyInstance } from 'fastify';
import { countDevices } from '../../devices/queries';
import type { ApiDeps } from '../api-deps';

export function registerHealthRoute(app: FastifyInstance, { db, version }: ApiDeps): void {
  app.get('/health', async () => ({ status: 'ok', version, devices: countDevices(db) }));
}
