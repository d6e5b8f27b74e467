// Settings → API access: the user's own browser apps (a web POS) that may call the REST API (CORS). Every other
// website is refused by the server (electron/core/api/gate/request-gate.ts); one origin per line.
import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../client/notify';
import { useUpdateSettings } from '../../client/queries/settings';

export function CorsOriginsField({ origins }: { origins: string[] }) {
  const { t } = useTranslation();
  const update = useUpdateSettings();
  const [text, setText] = useState(origins.join('\n'));
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const changed = lines.join('\n') !== origins.join('\n');
  const save = () =>
    update.mutate({ corsOrigins: lines }, { onSuccess: () => notifySuccess(t('settings.saved')) });
  return (
    <Stack gap={4}>
      <Textarea
        label={t('settings.corsOrigins')}
        description={t('settings.corsOriginsHint')}
        placeholder="https://pos.example.com"
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        error={update.isError ? t('settings.corsOriginsInvalid') : undefined}
        autosize
        minRows={2}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
        data-testid="cors-origins"
      />
      <Group>
        <Button onClick={save} disabled={!changed} loading={update.isPending} data-testid="cors-origins-save">
          {t('common.save')}
        </Button>
      </Group>
    </Stack>
  );
}
