// New campaign in four steps: recipients (a saved list or a new import), message, senders and pace, review.
import {
  Button,
  Card,
  Checkbox,
  Divider,
  Group,
  Select,
  Stack,
  Stepper,
  Text,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  pacingSchema,
  type Campaign,
  type CampaignContent,
  type Pacing,
} from '../../../../shared/broadcasts';
import { readFileAsBase64 } from '../../client/files';
import { notifySuccess } from '../../client/notify';
import { useContactLists, useCreateCampaign } from '../../client/queries/broadcasts';
import { useDevices } from '../../client/queries/devices';
import { ImportListPanel } from '../ImportListPanel/ImportListPanel';
import { MessageEditor, type MessageDraft } from '../MessageEditor/MessageEditor';
import { PacingFields } from '../PacingFields/PacingFields';
import { CampaignReview } from './CampaignReview';

const emptyMessage: MessageDraft = {
  type: 'text',
  text: '',
  mediaType: 'image',
  file: null,
  url: '',
  caption: '',
  buttons: [],
  rows: [],
  template: [],
  listButton: '',
  listTitle: '',
  footer: '',
};

async function contentOf(message: MessageDraft): Promise<CampaignContent> {
  const { text, footer } = message;
  if (message.type === 'text') return { type: 'text', text };
  if (message.type === 'buttons') return { type: 'buttons', text, buttons: message.buttons, footer };
  if (message.type === 'template') return { type: 'template', text, template: message.template, footer };
  if (message.type === 'list')
    return {
      type: 'list',
      text,
      title: message.listTitle,
      buttonText: message.listButton,
      sectionName: '',
      rows: message.rows,
      footer,
    };
  const file = message.file
    ? {
        name: message.file.name,
        mimetype: message.file.type || 'application/octet-stream',
        base64: await readFileAsBase64(message.file),
      }
    : undefined;
  return {
    type: 'media',
    mediaType: message.mediaType,
    caption: message.caption,
    url: file ? undefined : message.url || undefined,
    file,
  };
}

function messageReady(m: MessageDraft): boolean {
  if (m.type === 'media') return !!(m.file || m.url);
  if (!m.text.trim()) return false;
  if (m.type === 'buttons') return m.buttons.length > 0;
  if (m.type === 'template') return m.template.length > 0;
  if (m.type === 'list') return m.rows.length > 0 && !!m.listButton.trim();
  return true;
}

export function NewCampaignWizard({
  onCreated,
  onCancel,
}: {
  onCreated(campaign: Campaign): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const lists = useContactLists().data ?? [];
  const devices = useDevices().data ?? [];
  const create = useCreateCampaign();
  const [step, setStep] = useState(0);
  const [name, setName] = useState('');
  const [listId, setListId] = useState<number | null>(null);
  const [message, setMessage] = useState<MessageDraft>(emptyMessage);
  const [deviceIds, setDeviceIds] = useState<number[] | null>(null);
  const [pacing, setPacing] = useState<Pacing>(() => pacingSchema.parse({}));
  const [onlyOnWhatsApp, setOnlyOnWhatsApp] = useState(true);
  const chosenDevices = deviceIds ?? devices.filter((d) => d.status === 'open').map((d) => d.id);
  const list = lists.find((l) => l.id === listId) ?? null;

  const ready = [
    !!name.trim() && listId !== null,
    messageReady(message),
    chosenDevices.length > 0 && pacing.maxDelaySec >= pacing.minDelaySec,
    true,
  ];
  const submit = async (start: boolean) => {
    const content = await contentOf(message);
    create.mutate(
      {
        name: name.trim(),
        listId: listId!,
        content,
        deviceIds: chosenDevices,
        pacing,
        start,
        onlyOnWhatsApp,
      },
      {
        onSuccess: (campaign) => {
          notifySuccess(t('broadcasts.wizard.created'));
          onCreated(campaign);
        },
      },
    );
  };

  return (
    <Card>
      <Stepper active={step} onStepClick={(i) => i < step && setStep(i)} size="sm" mb="xl">
        <Stepper.Step label={t('broadcasts.wizard.steps.list')}>
          <Stack gap="md" mt="md">
            <TextInput
              label={t('broadcasts.wizard.name')}
              placeholder={t('broadcasts.wizard.namePlaceholder')}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              maw="30rem"
              data-testid="campaign-name"
            />
            <Select
              label={t('broadcasts.wizard.chooseList')}
              placeholder={lists.length ? undefined : t('broadcasts.wizard.noLists')}
              data={lists.map((l) => ({
                value: String(l.id),
                label: `${l.name} · ${t('broadcasts.wizard.listSummary', { count: l.contactCount })}`,
              }))}
              value={listId === null ? null : String(listId)}
              onChange={(v) => setListId(v ? Number(v) : null)}
              maw="30rem"
              data-testid="choose-list"
            />
            {list && list.notOnWhatsApp > 0 && (
              <Checkbox
                label={t('broadcasts.wizard.onlyOnWhatsApp')}
                description={t('broadcasts.lists.notOnWhatsApp', { count: list.notOnWhatsApp })}
                checked={onlyOnWhatsApp}
                onChange={(e) => setOnlyOnWhatsApp(e.currentTarget.checked)}
              />
            )}
            <Divider label={t('broadcasts.wizard.orImport')} labelPosition="left" />
            <ImportListPanel onImported={(result) => setListId(result.list.id)} />
          </Stack>
        </Stepper.Step>
        <Stepper.Step label={t('broadcasts.wizard.steps.message')}>
          <Stack mt="md">
            <MessageEditor
              listId={listId}
              variables={list?.columns ?? []}
              value={message}
              onChange={setMessage}
            />
          </Stack>
        </Stepper.Step>
        <Stepper.Step label={t('broadcasts.wizard.steps.send')}>
          <Stack mt="md">
            <PacingFields
              deviceIds={chosenDevices}
              onDevicesChange={setDeviceIds}
              pacing={pacing}
              onPacingChange={setPacing}
            />
          </Stack>
        </Stepper.Step>
        <Stepper.Step label={t('broadcasts.wizard.steps.review')}>
          <CampaignReview
            name={name}
            list={list}
            message={message}
            deviceIds={chosenDevices}
            pacing={pacing}
          />
        </Stepper.Step>
      </Stepper>
      <Group justify="space-between">
        <Button variant="default" onClick={() => (step === 0 ? onCancel() : setStep(step - 1))}>
          {step === 0 ? t('common.cancel') : t('broadcasts.wizard.previous')}
        </Button>
        {step < 3 ? (
          <Button onClick={() => setStep(step + 1)} disabled={!ready[step]} data-testid="wizard-next">
            {t('broadcasts.wizard.next')}
          </Button>
        ) : (
          <Group gap="sm">
            <Button variant="default" onClick={() => void submit(false)} loading={create.isPending}>
              {t('broadcasts.wizard.createDraft')}
            </Button>
            <Button
              onClick={() => void submit(true)}
              loading={create.isPending}
              data-testid="create-campaign"
            >
              {t('broadcasts.wizard.create')}
            </Button>
          </Group>
        )}
      </Group>
      {create.isError && (
        <Text c="red" size="sm" mt="sm">
          {(create.error as Error).message}
        </Text>
      )}
    </Card>
  );
}
