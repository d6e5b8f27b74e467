// The Devices page (list, linking, webhooks per device) and why a device is disconnected. English.
import type { Shape } from '../../shape';
import type * as id from '../id/devices';

export const devices: Shape<typeof id.devices> = {
  sendStyle: {
    label: 'How buttons & lists are sent',
    interactive: 'Interactive buttons',
    interactiveHint: 'Tappable buttons; may not show on every phone.',
    poll: 'Poll',
    pollHint: 'Options as a WhatsApp poll; shows on every phone.',
    text: 'Numbered text menu',
    textHint: 'Text with numbered options; the recipient replies "1", "2", "3".',
    saved: '{{name}} now sends buttons and lists as: {{style}}',
  },
  title: 'Devices',
  subtitle: 'The WhatsApp numbers used to send and receive messages.',
  unnamed: 'Unnamed',
  empty: {
    title: 'No devices yet',
    description:
      'Link your WhatsApp number to start sending messages. A device is one WhatsApp number, for example your shop or admin number. After adding it you scan a QR code with your phone, just like WhatsApp Web.',
  },
  add: {
    title: 'Add a device',
    number: 'WhatsApp number',
    numberPlaceholder: 'e.g. 0812-3456-7890',
    name: 'Name',
    namePlaceholder: 'e.g. Main shop',
    submit: 'Add',
    willSaveAs: 'Saved as {{number}}',
    hint: 'Write it as 0812…, 62812… or +62 812…',
    required: 'Enter a WhatsApp number.',
    invalid: 'This number is not valid. Write it like 0812-3456-7890 or +62 812 3456 7890.',
    done: '{{name}} added',
  },
  fieldErrors: {
    number: {
      invalid_input: 'This number is not valid.',
      conflict: 'This number has already been added.',
    },
    url: {
      invalid_input: 'This address is not valid.',
    },
    name: {
      invalid_input: 'The name can be at most 60 characters.',
    },
  },
  columns: {
    name: 'Name',
    number: 'Number',
    status: 'Status',
    actions: 'Actions',
  },
  status: {
    idle: 'Not connected',
    connecting: 'Connecting',
    qr: 'Waiting for QR scan',
    open: 'Connected',
    reconnecting: 'Reconnecting',
    paused: 'Paused',
    logged_out: 'Logged out',
    failed: 'Failed',
  },
  rename: {
    action: 'Rename {{name}}',
    title: 'Rename device',
    label: 'Name',
    done: 'Device renamed',
  },
  remove: {
    action: 'Delete {{name}}',
    title: 'Delete this device?',
    body: '{{name}} ({{number}}) will be removed from Wasender and logged out of WhatsApp on the phone. You can add it again at any time.',
    confirm: 'Yes, delete',
    done: 'Device deleted',
  },
  badge: {
    reconnectingIn: 'Reconnecting in {{seconds}} s',
  },
  hints: {
    idle: 'Not linked to WhatsApp yet. Click Connect, then scan the QR code with the phone.',
    connecting: 'Connecting to WhatsApp…',
    qr: 'The QR code is ready to scan. Click Show QR code.',
    open: '',
    reconnecting: 'The connection was lost. The app reconnects automatically.',
    paused: 'Paused: no messages are sent or received. Click Resume to connect again.',
    logged_out: 'This device was logged out of WhatsApp. Click Connect to link it again.',
    failed: 'The connection stopped. Click Resume to try again.',
  },
  card: {
    waName: 'WhatsApp name',
    platform: 'Phone',
    connectedSince: 'Connected since {{time}}',
    webhook: 'Webhook',
    noWebhook: 'Not set',
    picture: 'Profile picture of {{name}}',
  },
  actions: {
    link: 'Connect',
    showQr: 'Show QR code',
    pause: 'Pause',
    resume: 'Resume',
    paused: 'Device paused',
    resumed: 'Connecting again…',
  },
  link: {
    title: 'Connect {{name}}',
    modeQr: 'QR code',
    modePhone: 'Phone number',
    qrSteps: {
      open: 'Open WhatsApp on the phone with number {{number}}.',
      menu: 'Tap Menu ⋮ (Android) or Settings (iPhone).',
      linked: 'Tap Linked devices, then Link a device.',
      scan: 'Point the phone’s camera at this QR code.',
    },
    codeSteps: {
      open: 'Open WhatsApp on the phone with number {{number}}.',
      linked: 'Tap Menu ⋮ or Settings › Linked devices › Link a device.',
      phone: 'Tap Link with phone number instead (below the camera).',
      enter: 'Enter the code below on the phone.',
    },
    preparing: 'Preparing the QR code…',
    connecting: 'Connecting to WhatsApp…',
    qrAlt: 'QR code to link {{number}}',
    qrRotates: 'This code changes by itself about every 20 seconds. Keep this window open until it is done.',
    expiredTitle: 'The QR code expired',
    expiredText: 'The code was not scanned in time. Get a new code, then scan again.',
    newQr: 'Get a new code',
    requesting: 'Asking WhatsApp for a code…',
    codeLabel: 'Link code',
    codeHint: 'The code works for a few minutes only. If it expires, ask for a new one.',
    copyCode: 'Copy code',
    newCode: 'Get a new code',
    codeFailed: 'The code could not be created. Check the internet connection, then try again.',
    done: '{{name}} is connected to WhatsApp',
    close: 'Close',
  },
  logout: {
    tip: 'Log out of WhatsApp',
    action: 'Log {{name}} out of WhatsApp',
    title: 'Log out of WhatsApp?',
    body: '{{name}} ({{number}}) will no longer be linked on the phone and stops sending and receiving messages. To use it again, scan a new QR code.',
    confirm: 'Yes, log out',
    done: 'Device logged out of WhatsApp',
  },
  webhook: {
    action: 'Webhook of {{name}}',
    title: 'Webhook for {{name}}',
    label: 'Webhook URL',
    placeholder: 'https://your-shop.com/webhook.php',
    description:
      'Messages this number receives are forwarded to this address. Leave it empty to use the main webhook (Webhooks page).',
    invalid: 'Write the full address, starting with https:// or http://.',
    httpWarning:
      'This address uses http:// without encryption, so message contents can be read on the network. Use https:// if your server supports it.',
    saved: 'Webhook saved',
    cleared: 'This number now uses the main webhook',
    repliesElsewhere: "Let the webhook's answer message other numbers",
    repliesElsewhereHint:
      'Off: a reply in your server\'s answer only goes back to the chat that sent the message. Turn on only if your server sends {"number": …} to forward to someone else.',
  },
};

export const reasons: Shape<typeof id.reasons> = {
  logged_out:
    'This device was logged out of WhatsApp (from the phone or from the app). Scan the QR code again to link it.',
  replaced:
    'This session was opened somewhere else (another app is using the same data). Close the other one, then click Resume.',
  connection_lost:
    'The connection to WhatsApp was lost. The app reconnects automatically; check your internet connection.',
  restart_required: 'WhatsApp asked for a reconnect. The app is reconnecting now.',
  banned: 'WhatsApp refused this number (it may be banned). Open WhatsApp on the phone to see why.',
  bad_session:
    'The session data is damaged or out of date. If this keeps happening, log the device out and scan the QR again.',
  multidevice_mismatch:
    'The WhatsApp version on the phone does not support linked devices. Update WhatsApp, then scan the QR again.',
  unavailable: 'The WhatsApp service is unavailable right now. The app keeps trying automatically.',
  qr_timeout: 'The QR code expired because nobody scanned it. Click Connect to get a new one.',
  wrong_number:
    'The QR code was scanned with a different number. Scan it with the phone of this device’s number.',
  unresponsive:
    'The connection looked open but did not respond. The app restarted the session automatically.',
  unreachable: 'The WhatsApp server cannot be reached. Check your internet connection; the app keeps trying.',
  keys_unreadable:
    'This device’s WhatsApp keys cannot be opened on this computer (the system keychain was reset, or the data was copied from another account or computer). Nothing was deleted. Scan the QR code again to link it.',
};
