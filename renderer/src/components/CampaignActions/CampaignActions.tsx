// Start / pause / resume / cancel / retry failed / export report, as fits the campaign's state.
import { Button, Group } from '@mantine/core';
import {
  IconDownload,
  IconPlayerPause,
  IconPlayerPlay,
  IconRefresh,
  IconTrash,
  IconX,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CampaignProgress } from '../../../../shared/broadcasts';
import { downloadBase64, XLSX_MIME } from '../../client/files';
import { notifyError, notifySuccess } from '../../client/notify';
import { useCampaignAction, useExportReport, useRemoveCampaign } from '../../client/queries/broadcasts';
import { ConfirmModal } from '../ConfirmModal/ConfirmModal';

interface CampaignActionsProps {
  campaignId: number;
  progress: CampaignProgress;
  /** After the campaign was deleted (the page goes back to the list). */
  onRemoved(): void;
}

export function CampaignActions({ campaignId, progress, onRemoved }: CampaignActionsProps) {
  const { t } = useTranslation();
  const start = useCampaignAction('broadcasts.start');
  const pause = useCampaignAction('broadcasts.pause');
  const resume = useCampaignAction('broadcasts.resume');
  const cancel = useCampaignAction('broadcasts.cancel');
  const retry = useCampaignAction('broadcasts.retryFailed');
  const exportReport = useExportReport();
  const [confirmCancel, setConfirmCancel] = useState(false);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const remove = useRemoveCampaign();
  const { status, counts } = progress;
  const run = (action: typeof start) => action.mutate(campaignId, { onError: notifyError });
  const download = () =>
    exportReport.mutate(campaignId, {
      onSuccess: (file) => {
        downloadBase64(file.fileName, file.dataBase64, XLSX_MIME);
        notifySuccess(t('broadcasts.actions.exported'));
      },
      onError: notifyError,
    });
  const live = status === 'running' || status === 'scheduled';
  return (
    <Group gap="sm">
      {status === 'draft' && (
        <Button
          leftSection={<IconPlayerPlay size={16} />}
          onClick={() => run(start)}
          loading={start.isPending}
        >
          {t('broadcasts.actions.start')}
        </Button>
      )}
      {live && (
        <Button
          variant="default"
          leftSection={<IconPlayerPause size={16} />}
          onClick={() => run(pause)}
          loading={pause.isPending}
        >
          {t('broadcasts.actions.pause')}
        </Button>
      )}
      {status === 'paused' && (
        <Button
          leftSection={<IconPlayerPlay size={16} />}
          onClick={() => run(resume)}
          loading={resume.isPending}
        >
          {t('broadcasts.actions.resume')}
        </Button>
      )}
      {counts.failed > 0 && status !== 'cancelled' && (
        <Button
          variant="light"
          leftSection={<IconRefresh size={16} />}
          onClick={() => run(retry)}
          loading={retry.isPending}
        >
          {t('broadcasts.actions.retryFailed')}
        </Button>
      )}
      <Button
        variant="light"
        leftSection={<IconDownload size={16} />}
        onClick={download}
        loading={exportReport.isPending}
        data-testid="export-report"
      >
        {t('broadcasts.actions.export')}
      </Button>
      {(live || status === 'paused' || status === 'draft') && (
        <Button
          variant="subtle"
          color="red"
          leftSection={<IconX size={16} />}
          onClick={() => setConfirmCancel(true)}
        >
          {t('broadcasts.actions.cancel')}
        </Button>
      )}
      {!live && status !== 'paused' && (
        <Button
          variant="subtle"
          color="red"
          leftSection={<IconTrash size={16} />}
          onClick={() => setConfirmRemove(true)}
        >
          {t('broadcasts.actions.remove')}
        </Button>
      )}
      <ConfirmModal
        opened={confirmRemove}
        title={t('broadcasts.actions.removeTitle')}
        body={t('broadcasts.actions.removeBody')}
        confirmLabel={t('broadcasts.actions.removeConfirm')}
        loading={remove.isPending}
        onClose={() => setConfirmRemove(false)}
        onConfirm={() =>
          remove.mutate(campaignId, {
            onSuccess: onRemoved,
            onSettled: () => setConfirmRemove(false),
            onError: notifyError,
          })
        }
      />
      <ConfirmModal
        opened={confirmCancel}
        title={t('broadcasts.actions.cancelTitle')}
        body={t('broadcasts.actions.cancelBody')}
        confirmLabel={t('broadcasts.actions.cancelConfirm')}
        loading={cancel.isPending}
        onClose={() => setConfirmCancel(false)}
        onConfirm={() =>
          cancel.mutate(campaignId, { onSettled: () => setConfirmCancel(false), onError: notifyError })
        }
      />
    </Group>
  );
}
