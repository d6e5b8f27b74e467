// Settings → API access: the running API address, the API key and the port used at the next start.
import {
  Alert,
  Button,
  Card,
  Group,
  NumberInput,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo, Settings } from '../../../../shared/domain';
import { notifySuccess } from '../../client/notify';
import { useUpdateSettings } from '../../client/queries/settings';
import { ApiKeyField } from '../ApiKeyField/ApiKeyField';
import { CopyValueButton } from '../CopyValueButton/CopyValueButton';
import { CorsOriginsField } from './CorsOriginsField';

export function ApiAccessCard({ info, settings }: { info: AppInfo; settings: Settings }) {
  const { t } = useTranslation();
  const update = useUpdateSettings();
  const [port, setPort] = useState<string | number>(settings.apiPort);
  const portChanged = Number(port) !== settings.apiPort;
  const portValid = Number.isInteger(Number(port)) && Number(port) >= 1024 && Number(port) <= 65535;
  // Started with another port (`npm run serve -- --port`, tests) than the saved one: say which is in use.
  const runningPort = Number(new URL(info.apiUrl).port);

  const savePort = () =>
    update.mutate({ apiPort: Number(port) }, { onSuccess: () => notifySuccess(t('settings.saved')) });

  return (
    <Card>
      <Title order={4} mb="md">
        {t('settings.apiSection')}
      </Title>
      <Stack gap="lg">
        <TextInput
          label={t('settings.apiUrl')}
          value={info.apiUrl}
          readOnly
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          data-testid="api-url"
          rightSection={<CopyValueButton value={info.apiUrl} />}
        />
        {info.apiLanUrls.map((url) => (
          <TextInput
            key={url}
            label={t('settings.lanUrls')}
            value={url}
            readOnly
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            rightSection={<CopyValueButton value={url} />}
          />
        ))}
        <ApiKeyField apiKey={settings.apiKey} />
        <Stack gap={4}>
          <Group align="flex-end" gap="sm">
            <NumberInput
              label={t('settings.port')}
              value={port}
              onChange={setPort}
              min={1024}
              max={65535}
              allowDecimal={false}
              allowNegative={false}
              thousandSeparator={false}
              w="16rem"
            />
            <Button onClick={savePort} disabled={!portChanged || !portValid} loading={update.isPending}>
              {t('common.save')}
            </Button>
          </Group>
          <Text size="xs" c="dimmed">
            {runningPort === settings.apiPort
              ? t('settings.portHint')
              : t('settings.portRunning', { port: runningPort })}
          </Text>
        </Stack>
        <Switch
          label={t('settings.lanSwitch')}
          description={t('settings.lanHint')}
          checked={settings.listenOnLan}
          onChange={(event) =>
            update.mutate(
              { listenOnLan: event.currentTarget.checked },
              { onSuccess: () => notifySuccess(t('settings.saved')) },
            )
          }
          data-testid="lan-switch"
        />
        {settings.listenOnLan && (
          <Alert color="orange" icon={<IconAlertTriangle />} data-testid="lan-warning">
            {t('settings.lanWarning')}
          </Alert>
        )}
        <CorsOriginsField origins={settings.corsOrigins} />
        <Switch
          label={t('settings.localMediaSwitch')}
          description={t('settings.localMediaHint')}
          checked={settings.allowLocalMediaUrls}
          onChange={(event) =>
            update.mutate(
              { allowLocalMediaUrls: event.currentTarget.checked },
              { onSuccess: () => notifySuccess(t('settings.saved')) },
            )
          }
          data-testid="local-media-switch"
        />
      </Stack>
    </Card>
  );
}
