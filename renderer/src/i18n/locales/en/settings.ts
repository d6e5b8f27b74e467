// The Settings page: API access, language, region, tray. English.
import type { Shape } from '../../shape';
import type * as id from '../id/settings';

export const settings: Shape<typeof id.settings> = {
  title: 'Settings',
  subtitle: 'API access, language and how the app behaves.',
  saved: 'Settings saved',
  apiSection: 'API access',
  apiUrl: 'API address',
  apiKey: 'API key',
  apiKeyHint: 'Scripts and other apps send it as the api_key parameter. Do not share it.',
  showKey: 'Show API key',
  hideKey: 'Hide API key',
  regenerate: 'New key',
  regenerateTitle: 'Create a new API key?',
  regenerateBody:
    'The old key stops working immediately. Scripts and apps that still use it must be updated with the new key.',
  regenerateConfirm: 'Yes, create a new key',
  regenerated: 'A new API key was created',
  port: 'API port',
  portHint: 'Takes effect after the app restarts.',
  portRunning:
    'The API is running on port {{port}} now. The port saved here takes effect after the app restarts.',
  lanSwitch: 'Let other computers on the office network use the API',
  lanHint: 'Takes effect after the app restarts.',
  lanWarning:
    'Anyone on the network who knows the API key can send messages from your numbers. Turn this on only on a network you trust, never on public Wi-Fi.',
  corsOrigins: 'Your own web apps that may call the API (CORS)',
  corsOriginsHint:
    'One address per line, e.g. https://pos.example.com. Other websites are always refused; programs and servers need nothing here.',
  corsOriginsInvalid: 'Write each as http(s)://name or http(s)://name:port, without a path.',
  localMediaSwitch: 'Allow media links to this computer and the office network',
  localMediaHint:
    'For invoices on an office server. Cloud and link-local addresses (169.254.x.x) are never downloaded.',
  lanUrls: 'Address for other computers',
  generalSection: 'General',
  language: 'Language',
  region: 'Phone number region',
  regionHint: 'Numbers without a country code (such as 0812…) are read as numbers from this region.',
  closeToTray: 'Keep running in the tray when the window is closed',
  closeToTrayHint: 'The API keeps accepting requests from other apps while the window is closed.',
};
