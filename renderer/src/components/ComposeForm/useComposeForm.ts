// The compose form's state, its live check against the API's own schemas, and sending (or a test to the own number).
import { notifications } from '@mantine/notifications';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Device } from '../../../../shared/domain';
import { formatPhone } from '../../../../shared/phone';
import { errorCodeOf } from '../../client/errors';
import { bytesToBase64 } from '../../client/files';
import { useComposeSend } from '../../client/queries/compose';
import { useDevices } from '../../client/queries/devices';
import { useSessions } from '../../client/queries/sessions';
import { useSettings } from '../../client/queries/settings';
import {
  failuresOf,
  localizeFailures,
  mergeFailures,
  noFailures,
  type FieldFailures,
} from '../../i18n/validation';
import { emptyDraft, validateDraft, type ComposeDraft, type FieldValue, type PickedFile } from './draft';

export function useComposeForm() {
  const { t } = useTranslation();
  const devices = useDevices().data;
  const sessions = useSessions().data;
  const region = useSettings().data?.defaultRegion ?? 'ID';
  const send = useComposeSend();
  const [draft, setDraft] = useState<ComposeDraft>(emptyDraft);
  const [attempted, setAttempted] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldFailures>(noFailures);
  // One outcome toast at a time: a new send replaces the last one's message.
  const lastToast = useRef(0);
  const toast = (color: 'red' | 'wa', message: string) => {
    notifications.hide(`compose-${lastToast.current}`);
    const id = `compose-${++lastToast.current}`;
    if (color === 'wa') return notifications.show({ id, color, message, autoClose: 4000 });
    notifications.show({ id, color, title: t('errors.title'), message, autoClose: 8000 });
  };

  const statusOf = (device: Device) =>
    sessions?.find((s) => s.deviceId === device.id)?.status ?? device.status;
  const device = devices?.find((d) => String(d.id) === draft.deviceId);
  const sender = device?.number ?? '';
  // Start with the first connected device.
  useEffect(() => {
    if (draft.deviceId || !devices) return;
    const open = devices.find((d) => statusOf(d) === 'open');
    if (open) setDraft((current) => ({ ...current, deviceId: String(open.id) }));
  });

  const checked = useMemo(() => validateDraft(draft, sender, region), [draft, sender, region]);
  const failures = { errors: checked.errors, texts: checked.rules };
  const errors = localizeFailures(attempted ? mergeFailures(serverErrors, failures) : serverErrors);

  const update = (patch: Partial<ComposeDraft>) => {
    setServerErrors(noFailures);
    setDraft((current) => ({ ...current, ...patch }));
  };
  const setField = (name: string, value: FieldValue) =>
    update({ fields: { ...draft.fields, [draft.type]: { ...draft.fields[draft.type], [name]: value } } });

  const failed = (error: unknown) => {
    const code = errorCodeOf(error);
    if (code === 'invalid_input') setServerErrors(failuresOf(error));
    const reason = code === 'send_failed' ? (error as Error).message : '';
    const message =
      code === 'invalid_input' || code === 'session_not_connected'
        ? t(`compose.failed.${code}`)
        : code === 'send_failed'
          ? reason
            ? t('compose.failed.sendFailedReason', { reason })
            : t('compose.failed.send_failed')
          : t('compose.failed.other');
    toast('red', message);
  };

  const submit = (toSelf: boolean) => {
    setAttempted(true);
    const check = toSelf ? validateDraft(draft, sender, region, sender) : checked;
    if (Object.keys(check.errors).length)
      return failed({
        code: 'invalid_input',
        details: check.errors,
        text: { key: 'params_invalid', fields: check.rules },
      });
    const file = draft.type === 'media' && draft.file ? draft.file : undefined;
    send.mutate(
      {
        path: check.path,
        params: Object.fromEntries(check.params),
        file: file && { name: file.name, mimetype: file.mimetype, dataBase64: bytesToBase64(file.data) },
      },
      {
        onError: failed,
        onSuccess: (result) => {
          const count = result.results?.length ?? 1;
          const to = String(check.params.find(([name]) => name === 'number')?.[1] ?? '');
          if (toSelf) toast('wa', t('compose.sentTest', { number: formatPhone(sender) }));
          else if (count > 1) toast('wa', t('compose.sentMany', { count }));
          else toast('wa', t('compose.sent', { to: /^\d+$/.test(to) ? formatPhone(to) : to }));
        },
      },
    );
  };

  return {
    draft,
    devices: devices ?? [],
    loaded: !!devices,
    statusOf,
    device,
    errors,
    params: checked.params,
    path: checked.path,
    sending: send.isPending,
    update,
    setField,
    setFile: (file: PickedFile | null) => update({ file }),
    submit,
  };
}
export type ComposeForm = ReturnType<typeof useComposeForm>;
