// Typed in-process event bus; transports forward these events to the renderer.
import { EventEmitter } from 'node:events';
import type { EventName, EventPayload } from '../../shared/contract';

export interface EventBus {
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
  onAny(listener: (event: EventName, payload: unknown) => void): () => void;
}

export function createEventBus(): EventBus {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  return {
    emit(event, payload) {
      emitter.emit(event, payload);
      emitter.emit('*', event, payload);
    },
    on(event, listener) {
      emitter.on(event, listener as (p: unknown) => void);
      return () => emitter.off(event, listener as (p: unknown) => void);
    },
    onAny(listener) {
      emitter.on('*', listener);
      return () => emitter.off('*', listener);
    },
  };
}
