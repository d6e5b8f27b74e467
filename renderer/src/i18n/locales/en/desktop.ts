// The desktop app on the Settings page: start with the computer, notifications, keep awake, updates. English.
import type { Shape } from '../../shape';
import type * as id from '../id/desktop';

export const desktop: Shape<typeof id.desktop> = {
  section: 'Desktop app',
  headlessNote:
    'These settings apply when Wasender runs as the desktop app. In browser mode (npm run serve) only the update check is used.',
  startAtLogin: 'Start with the computer',
  startAtLoginHint:
    'Wasender opens quietly in the tray when you sign in to the computer, so the API keeps serving your office software without opening the app.',
  startAtLoginPending: 'Turns on by itself when the first device is linked.',
  keepAwake: 'Keep the computer awake while a campaign is sending',
  keepAwakeHint: 'The computer does not go to sleep while a campaign runs, so sending does not stop halfway.',
  notificationsSection: 'Notifications',
  notificationsHint: 'Shown in the corner of the screen, also while the Wasender window is closed.',
  notify: {
    inbox: 'New incoming message (while the window is closed or not in front)',
    device: 'A device disconnected or was logged out from the phone',
    campaign: 'A campaign finished or paused',
    restriction: 'A number was restricted by WhatsApp',
  },
  updatesSection: 'Updates',
  autoUpdate: 'Update automatically',
  autoUpdateHint:
    'Checks for a new version when the app starts and every 6 hours, downloads it in the background and installs it when you quit. Never restarts in the middle of a campaign.',
  restartToUpdate: 'Restart and update',
  checkNow: 'Check now',
  version: 'Version {{version}}',
  update: {
    idle: 'Not checked yet.',
    checking: 'Checking for updates…',
    latest: 'You have the latest version.',
    available: 'Version {{version}} is available, downloading…',
    downloading: 'Downloading version {{version}}… {{percent}}%',
    ready: 'Version {{version}} is ready. It is installed when you quit Wasender.',
    error: 'Could not check for updates: {{message}}',
    unsupported: 'Automatic updates work only in the app installed from an installer.',
    newer: 'Version {{version}} is available. Download it from the releases page.',
  },
};
