// "Also post as Status": offered for a text, image or video message (what a Status can show).
import { Checkbox } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { canPostAsStatus, type MessageDraft } from './campaign-message';

export function CampaignStatusOption(props: {
  message: MessageDraft;
  checked: boolean;
  onChange(checked: boolean): void;
}) {
  const { t } = useTranslation();
  const possible = canPostAsStatus(props.message);
  return (
    <Checkbox
      mt="md"
      label={t('status.campaignOption')}
      description={t('status.campaignOptionHint')}
      checked={possible && props.checked}
      disabled={!possible}
      onChange={(event) => props.onChange(event.currentTarget.checked)}
      data-testid="campaign-also-status"
    />
  );
}
