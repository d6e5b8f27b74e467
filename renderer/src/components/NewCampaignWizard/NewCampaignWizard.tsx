// New campaign in four steps: recipients (a saved list or a new import), message, senders and pace, review.
import { Button, Card, Group, Stack, Stepper, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pacingSchema, type Campaign, type Pacing } from '../../../../shared/broadcasts';
import { describeError, notifySuccess } from '../../client/notify';
import { useContactLists, useCreateCampaign } from '../../client/queries/broadcasts';
import { useDevices } from '../../client/queries/devices';
import { MessageEditor, type MessageDraft } from '../MessageEditor/MessageEditor';
import { PacingFields } from '../PacingFields/PacingFields';
import { CampaignReview } from './CampaignReview';
import { CampaignStatusOption, canPostAsStatus } from './CampaignStatusOption';
import { contentOf, emptyMessage, messageReady } from './message-draft';
import { RecipientsStep } from './RecipientsStep';

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
  const [alsoStatus, setAlsoStatus] = useState(false);
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
        alsoStatus: alsoStatus && canPostAsStatus(message),
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
          <RecipientsStep
            name={name}
            onNameChange={setName}
            listId={listId}
            onListChange={setListId}
            onlyOnWhatsApp={onlyOnWhatsApp}
            onOnlyOnWhatsAppChange={setOnlyOnWhatsApp}
          />
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
          <CampaignStatusOption message={message} checked={alsoStatus} onChange={setAlsoStatus} />
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
          {describeError(create.error)}
        </Text>
      )}
    </Card>
  );
}
