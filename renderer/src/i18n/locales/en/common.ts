// The app shell: name, navigation, header, shared buttons, the no-device screen, languages and countries. English.
import type { Shape } from '../../shape';
import type * as id from '../id/common';

export const app: Shape<typeof id.app> = {
  name: 'Wasender Desktop',
  tagline: 'Send WhatsApp messages from your computer',
  loading: 'Loading…',
  loadFailed: 'The app could not be loaded',
  loadFailedHint: 'Make sure Wasender is still running, then try again.',
};

export const nav: Shape<typeof id.nav> = {
  devices: 'Devices',
  compose: 'Compose',
  broadcasts: 'Broadcasts',
  inbox: 'Inbox',
  ai: 'AI replies',
  groups: 'Groups',
  webhooks: 'Webhooks',
  api: 'API',
  settings: 'Settings',
  toggle: 'Open or close the menu',
  main: 'Main menu',
};

export const header: Shape<typeof id.header> = {
  apiOnline: 'API running',
  apiOffline: 'API stopped',
  apiOnlineHint: 'Other apps can send messages through {{url}}',
  language: 'Language',
  logout: 'Log out',
};

export const apiError: Shape<typeof id.apiError> = {
  title: 'The local API is not running',
  hint: 'Scripts, Excel or your point-of-sale system cannot send messages through Wasender yet. Choose another port in Settings, then restart the app.',
  action: 'Open Settings',
};

export const common: Shape<typeof id.common> = {
  save: 'Save',
  cancel: 'Cancel',
  copy: 'Copy',
  copied: 'Copied',
  retry: 'Try again',
  edit: 'Edit',
  delete: 'Delete',
};

export const noDevice: Shape<typeof id.noDevice> = {
  title: 'Link a device first',
  text: 'This page needs at least one linked WhatsApp number.',
  action: 'Go to Devices',
};

export const languages: Shape<typeof id.languages> = {
  id: 'Bahasa Indonesia',
  en: 'English',
};

export const countries: Shape<typeof id.countries> = {
  ID: 'Indonesia',
  MY: 'Malaysia',
  SG: 'Singapore',
  PH: 'Philippines',
  TH: 'Thailand',
  VN: 'Vietnam',
  IN: 'India',
  AU: 'Australia',
  US: 'United States',
  GB: 'United Kingdom',
  NL: 'Netherlands',
  SA: 'Saudi Arabia',
  AE: 'United Arab Emirates',
};
