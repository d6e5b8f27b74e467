// The API page: base URL, health check, documentation link. English.
import type { Shape } from '../../shape';
import type * as id from '../id/api';

export const api: Shape<typeof id.api> = {
  title: 'API',
  subtitle: 'Connect PHP scripts, Excel or a point-of-sale system to Wasender.',
  baseUrl: 'Base URL',
  baseUrlHint: 'Reachable from this computer only.',
  healthTitle: 'Check that the API is running',
  healthText:
    'Run this in Command Prompt or Terminal. The answer contains the status, the version and the number of devices.',
  docsTitle: 'Documentation of every endpoint',
  docsText:
    'Every endpoint with its parameters and ready-to-copy PHP, Python, Node.js and curl examples for the address above. Works without internet.',
  docsTextWithKey:
    'Every endpoint with its parameters and ready-to-copy PHP, Python, Node.js and curl examples, already filled with your address and API key. Works without internet.',
  docsAction: 'Open the API documentation',
  compatTitle: 'Same as the online Wasender API',
  compatText:
    'The sending endpoints (/send-message, /send-media, …) take the same parameters as the online Wasender/MPWA service. Just change the server address to the one above and use the API key from Settings.',
  keyAction: 'See the API key',
  offline: 'The API is not running right now.',
};
