// WhatsApp-style ticks for an outgoing message: clock, one grey tick, two grey, two blue; red for failed.
import { Tooltip } from '@mantine/core';
import { IconAlertCircle, IconCheck, IconChecks, IconClock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export function StatusTicks({ status }: { status: string | null }) {
  const { t } = useTranslation();
  const label = status ? t(`inbox.status.${status as 'sent'}`, { defaultValue: status }) : '';
  const icon =
    status === 'failed' ? (
      <IconAlertCircle size={14} color="var(--mantine-color-red-6)" />
    ) : status === 'read' || status === 'played' ? (
      <IconChecks size={14} color="var(--mantine-color-blue-5)" />
    ) : status === 'delivered' ? (
      <IconChecks size={14} color="var(--mantine-color-dimmed)" />
    ) : status === 'sent' ? (
      <IconCheck size={14} color="var(--mantine-color-dimmed)" />
    ) : (
      <IconClock size={12} color="var(--mantine-color-dimmed)" />
    );
  return (
    <Tooltip label={label} disabled={!label}>
      <span data-status={status ?? 'pending'} aria-label={label} style={{ display: 'inline-flex' }}>
        {icon}
      </span>
    </Tooltip>
  );
}
