// Why the last AI call gave no answer, in plain words, with the technical reason small underneath.
import { Alert, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AiFailure } from '../../../../shared/ai';

export function AiFailureAlert({ failure, title }: { failure: AiFailure; title?: string }) {
  const { t, i18n } = useTranslation();
  const time = new Date(failure.at).toLocaleString(i18n.language === 'id' ? 'id-ID' : 'en-GB');
  return (
    <Alert color="red" icon={<IconAlertTriangle />} title={title} data-testid="ai-failure">
      <Text size="sm">{t(`ai.failures.${failure.code}`)}</Text>
      <Text size="xs" c="dimmed" mt={4}>
        {t('ai.lastErrorAt', { time })} {failure.detail}
      </Text>
    </Alert>
  );
}
