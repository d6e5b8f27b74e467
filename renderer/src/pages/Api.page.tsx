// API: the base URL of the local REST API, a first command to try against it, and the full docs page.
import { Alert, Button, Card, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconBook, IconKey, IconPlugConnected } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { pageToken } from '../client/bridge';
import { useAppInfo } from '../client/queries/app';
import { CodeSnippet } from '../components/CodeSnippet/CodeSnippet';
import { CopyValueButton } from '../components/CopyValueButton/CopyValueButton';
import { PageHeader } from '../components/PageHeader/PageHeader';
import { hrefOf } from '../hooks/useHashRoute';

export function ApiPage() {
  const { t } = useTranslation();
  const info = useAppInfo().data;
  // The docs page reads the token from the fragment (never sent to the server) to fill in the real API key.
  const token = pageToken();
  const docsUrl = info && `${info.apiUrl}/docs${token ? `#token=${token}` : ''}`;
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
          <Card>
            <Title order={4}>{t('api.docsTitle')}</Title>
            <Text size="sm" c="dimmed" mt="xs" mb="md">
              {t(token ? 'api.docsTextWithKey' : 'api.docsText')}
            </Text>
            <Button
              component="a"
              href={docsUrl}
              target="_blank"
              rel="noopener"
              leftSection={<IconBook size={16} />}
              data-testid="api-docs-link"
              style={{ alignSelf: 'flex-start' }}
            >
              {t('api.docsAction')}
            </Button>
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
