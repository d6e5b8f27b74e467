// API: the base URL of the local REST API and a first command to try against it.
import { Alert, Button, Card, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconKey, IconPlugConnected } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useAppInfo } from '../client/queries/app';
import { CodeSnippet } from '../components/CodeSnippet/CodeSnippet';
import { CopyValueButton } from '../components/CopyValueButton/CopyValueButton';
import { PageHeader } from '../components/PageHeader/PageHeader';
import { hrefOf } from '../hooks/useHashRoute';

export function ApiPage() {
  const { t } = useTranslation();
  const info = useAppInfo().data;
  return (
    <>
      <PageHeader title={t('api.title')} subtitle={t('api.subtitle')} />
      {info && (
        <Stack gap="lg">
          <Card>
            <TextInput
              label={t('api.baseUrl')}
              description={t('api.baseUrlHint')}
              value={info.apiUrl}
              readOnly
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
              rightSection={<CopyValueButton value={info.apiUrl} />}
              data-testid="api-base-url"
            />
            {!info.apiListening && (
              <Text c="red" size="sm" mt="xs">
                {t('api.offline')}
              </Text>
            )}
          </Card>
          <Card>
            <Title order={4}>{t('api.healthTitle')}</Title>
            <Text size="sm" c="dimmed" mt="xs" mb="md">
              {t('api.healthText')}
            </Text>
            <CodeSnippet code={`curl ${info.apiUrl}/health`} />
          </Card>
          <Alert variant="light" icon={<IconPlugConnected />} title={t('api.compatTitle')}>
            <Text size="sm">{t('api.compatText')}</Text>
            <Button
              component="a"
              href={hrefOf('settings')}
              size="xs"
              mt="sm"
              leftSection={<IconKey size={16} />}
            >
              {t('api.keyAction')}
            </Button>
          </Alert>
        </Stack>
      )}
    </>
  );
}
