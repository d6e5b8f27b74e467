// New campaign in four steps: recipients (a saved list or a new import), message, senders and pace, review.
import { Button, Card, Group, Stack, Stepper, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pacingSchema, type Campaign, type Pacing } from '../../../../shared/broadcasts';
import { describeError, notifySuccess } from '../../client/notify';
import { useContactLists, useCreateCampaign } from '../../client/queries/broadcasts';
import { useDevices } from '../../client/queries/devices';
import { useSettings } from '../../client/queries/settings';
import { localizeFailures } from '../../i18n/validation';
import { PacingFields } from '../PacingFields/PacingFields';
import { CampaignReview } from './CampaignReview';
import { CampaignStatusOption } from './CampaignStatusOption';
import {
  canPostAsStatus,
  checkMessage,
  emptyMessage,
  forTransport,
  type MessageDraft,
} from './campaign-message';
import { MessageStep } from './MessageStep';
import { RecipientsStep } from './RecipientsStep';

export function NewCampaignWizard({
  onCreated,
  onCancel,
}: {
  onCreated(campaign: Campaign): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const region = useSettings().data?.defaultRegion ?? 'ID';
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
  const checked = useMemo(() => checkMessage(message, region), [message, region]);
  // The fields say what is missing once Next was tried, as on the compose page.
  const [tried, setTried] = useState(false);
  const errors = tried ? localizeFailures({ errors: checked.errors, texts: checked.rules }) : {};
  const style = devices.find((d) => d.id === chosenDevices[0])?.interactiveStyle ?? 'interactive';

  const ready = [
    !!name.trim() && listId !== null,
    !!checked.message,
    chosenDevices.length > 0 && pacing.maxDelaySec >= pacing.minDelaySec,
    true,
  ];
  const submit = (start: boolean) => {
    if (!checked.message) return;
    const content = forTransport(checked.message);
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
          <MessageStep
            listId={listId}
            columns={list?.columns ?? []}
            draft={message}
            onChange={setMessage}
            errors={errors}
            style={style}
          />
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
            style={style}
          />
          <CampaignStatusOption message={message} checked={alsoStatus} onChange={setAlsoStatus} />
        </Stepper.Step>
      </Stepper>
      <Group justify="space-between">
        <Button variant="default" onClick={() => (step === 0 ? onCancel() : setStep(step - 1))}>
          {step === 0 ? t('common.cancel') : t('broadcasts.wizard.previous')}
        </Button>
        {step < 3 ? (
          <Button
            onClick={() => (ready[step] ? setStep(step + 1) : setTried(true))}
            // The message step stays clickable: a click shows what is missing under the fields.
            disabled={!ready[step] && step !== 1}
            data-testid="wizard-next"
          >
            {t('broadcasts.wizard.next')}
          </Button>
        ) : (
          <Group gap="sm">
            <Button variant="default" onClick={() => submit(false)} loading={create.isPending}>
              {t('broadcasts.wizard.createDraft')}
            </Button>
            <Button onClick={() => submit(true)} loading={create.isPending} data-testid="create-campaign">
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
