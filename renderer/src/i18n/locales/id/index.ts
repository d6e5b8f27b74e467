// All Indonesian texts (the default language). Every named export of a locale file is a top-level key,
// so t('devices.add.title') reads locales/id/devices.ts. Add a namespace here and in ../en/index.ts.
import type { Shape } from '../../shape';
import * as ai from './ai';
import * as api from './api';
import * as autoReplies from './autoReplies';
import * as broadcasts from './broadcasts';
import * as common from './common';
import * as compose from './compose';
import * as desktop from './desktop';
import * as devices from './devices';
import * as errors from './errors';
import * as errorTexts from './errorTexts';
import * as groups from './groups';
import * as inbox from './inbox';
import * as restrictions from './restrictions';
import * as security from './security';
import * as settings from './settings';
import * as status from './status';
import * as webhooks from './webhooks';

export const id = {
  ...common,
  ...errors,
  ...errorTexts,
  ...devices,
  ...compose,
  ...broadcasts,
  ...inbox,
  ...webhooks,
  ...autoReplies,
  ...api,
  ...settings,
  ...desktop,
  ...restrictions,
  ...security,
  ...ai,
  ...status,
  ...groups,
};

export type Resources = Shape<typeof id>;
