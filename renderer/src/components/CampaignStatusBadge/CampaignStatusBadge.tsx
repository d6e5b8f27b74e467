// A campaign's status as a colored badge.
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CampaignStatus } from '../../../../shared/broadcasts';

const colors: Record<CampaignStatus, string> = {
  draft: 'gray',
  scheduled: 'blue',
  running: 'wa',
  paused: 'orange',
  done: 'teal',
  cancelled: 'gray',
};

export function CampaignStatusBadge({ status }: { status: CampaignStatus }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={colors[status]}
      variant={status === 'running' ? 'filled' : 'light'}
      data-testid="campaign-status"
    >
      {t(`broadcasts.status.${status}`)}
    </Badge>
  );
}
