// Settings part of the contract: read, change, regenerate the API key.
import type { HandlersFor } from '../../../shared/contract';
import type { EventBus } from '../events';
import { generateApiKey, type SettingsStore } from './settings-store';

export function createSettingsHandlers(settings: SettingsStore, events: EventBus) {
  const changed = <T extends ReturnType<SettingsStore['get']>>(next: T): T => {
    events.emit('settings.changed', next);
    return next;
  };
  return {
    'settings.get': () => settings.get(),
    'settings.set': (patch) => changed(settings.update(patch)),
    'settings.regenerateApiKey': () => changed(settings.update({ apiKey: generateApiKey() })),
  } satisfies HandlersFor<'settings.get' | 'settings.set' | 'settings.regenerateApiKey'>;
}
