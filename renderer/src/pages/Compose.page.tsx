// Compose: one message of any type from a linked number, with a live preview and "copy as code".
import { Card, SimpleGrid, Stack, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppInfo } from '../client/queries/app';
import { useSettings } from '../client/queries/settings';
import { ComposeForm, type ComposeTarget } from '../components/ComposeForm/ComposeForm';
import { useComposeForm } from '../components/ComposeForm/useComposeForm';
import { ComposePreview } from '../components/ComposePreview/ComposePreview';
import { CopyAsCode } from '../components/CopyAsCode/CopyAsCode';
import { FeatureEmptyState } from '../components/FeatureEmptyState/FeatureEmptyState';
import { PageHeader } from '../components/PageHeader/PageHeader';
import { useStatusForm } from '../components/StatusComposer/useStatusForm';
import { StatusHistory } from '../components/StatusHistory/StatusHistory';
import { StatusPreview } from '../components/StatusHistory/StatusPreview';

export function ComposePage() {
  const { t } = useTranslation();
  const form = useComposeForm();
  const info = useAppInfo().data;
  const apiKey = useSettings().data?.apiKey ?? '';
  const [target, setTarget] = useState<ComposeTarget>('chat');
  const statusForm = useStatusForm(form.device?.id, form.device?.number ?? '');
  const status = target === 'status';
  return (
    <>
      <PageHeader title={t('compose.title')} subtitle={t('compose.subtitle')} />
      {!form.loaded ? null : form.devices.length === 0 ? (
        <FeatureEmptyState
          icon={IconPencil}
          title={t('compose.emptyTitle')}
          description={t('compose.noDevices')}
        />
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Card>
            <ComposeForm form={form} target={target} onTarget={setTarget} statusForm={statusForm} />
          </Card>
          <Stack gap="lg">
            <Card>
              {status ? (
                <StatusPreview draft={statusForm.draft} />
              ) : (
                <ComposePreview draft={form.draft} style={form.device?.interactiveStyle ?? 'interactive'} />
              )}
            </Card>
            {status && (
              <Card>
                <StatusHistory deviceId={form.device?.id} />
              </Card>
            )}
            <Card>
              <Title order={5} mb="xs">
                {t('compose.code.title')}
              </Title>
              <CopyAsCode
                url={`${info?.apiUrl ?? ''}${status ? '/send-status' : form.path}`}
                params={status ? statusForm.params : form.params}
                apiKey={apiKey}
                hasFile={
                  status
                    ? statusForm.draft.type !== 'text' && !!statusForm.draft.file
                    : form.draft.type === 'media' && !!form.draft.file
                }
              />
            </Card>
          </Stack>
        </SimpleGrid>
      )}
    </>
  );
}
