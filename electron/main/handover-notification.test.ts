// The AI handed a chat over (issue 17): a notification that names the customer and opens their chat.
import { describe, expect, it } from 'vitest';
import { desktopSettingDefaults } from '../../shared/desktop-settings';
import { handoverNotification, type RuleContext } from './notification-rules';

const id: RuleContext = { language: 'id', switches: desktopSettingDefaults.notifications };
const handover = {
  deviceId: 2,
  chatId: 9,
  name: null,
  number: '6281311112222',
  question: 'Bisa COD?\nDi Bekasi',
};

describe('handoverNotification', () => {
  it('names the customer, shows the question and opens the chat; the inbox switch turns it off', () => {
    expect(handoverNotification(handover, id)).toEqual({
      kind: 'inbox',
      title: '+62 813 1111 2222 perlu dijawab orang',
      body: 'Bisa COD?',
      route: 'inbox?device=2&chat=9',
    });
    expect(handoverNotification({ ...handover, name: 'Bu Sari' }, { ...id, language: 'en' })?.title).toBe(
      'Bu Sari needs a person to answer',
    );
    expect(handoverNotification(handover, { ...id, switches: { ...id.switches, inbox: false } })).toBeNull();
  });
});
