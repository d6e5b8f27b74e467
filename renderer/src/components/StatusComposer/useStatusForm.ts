// The Status form's state, its live check against /send-status's own schema, and posting (status.post).
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExampleParams } from '../../../../shared/schemas/code-snippets';
import { sendStatusParams, type StatusType } from '../../../../shared/schemas/send-status';
import { errorCodeOf } from '../../client/errors';
import { describeError } from '../../client/notify';
import { usePostStatus, useStatusAudience } from '../../client/queries/status';
import { useSettings } from '../../client/queries/settings';
import {
  failuresOf,
  failuresOfValidation,
  localizeFailures,
  mergeFailures,
  noFailures,
  type FieldFailures,
} from '../../i18n/validation';
import type { PickedFile } from '../ComposeForm/draft';

export type AudienceKind = 'all' | 'list' | 'numbers';

export interface StatusDraft {
  type: StatusType;
  message: string;
  backgroundColor: string;
  font: string;
  url: string;
  caption: string;
  file: PickedFile | null;
  audience: AudienceKind;
  listId: string | null;
  numbers: string;
}

const emptyStatus: StatusDraft = {
  type: 'text',
  message: '',
  backgroundColor: '#128C7E',
  font: '0',
  url: '',
  caption: '',
  file: null,
  audience: 'all',
  listId: null,
  numbers: '',
};

const toBase64 = (data: Uint8Array) => {
  let binary = '';
  for (let i = 0; i < data.length; i += 0x8000)
    binary += String.fromCharCode(...data.subarray(i, i + 0x8000));
  return btoa(binary);
};

/** The draft as /send-status's parameters, in the order "copy as code" shows them. */
function paramsOf(draft: StatusDraft, sender: string): ExampleParams {
  const params: ExampleParams = [
    ['sender', sender],
    ['type', draft.type],
  ];
  if (draft.type === 'text') {
    params.push(['message', draft.message], ['background_color', draft.backgroundColor]);
    if (draft.font !== '0') params.push(['font', Number(draft.font)]);
  } else {
    if (!draft.file) params.push(['url', draft.url]);
    if (draft.caption) params.push(['caption', draft.caption]);
  }
  if (draft.audience === 'list' && draft.listId) params.push(['contact_list', Number(draft.listId)]);
  if (draft.audience === 'numbers') {
    const numbers = draft.numbers
      .split(/[\n|,]/)
      .map((n) => n.trim())
      .filter(Boolean);
    params.push(['recipients', numbers.join('|')]);
  }
  return params;
}

export function useStatusForm(deviceId: number | undefined, sender: string) {
  const { t } = useTranslation();
  const region = useSettings().data?.defaultRegion ?? 'ID';
  const post = usePostStatus();
  const [draft, setDraft] = useState<StatusDraft>(emptyStatus);
  const [attempted, setAttempted] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldFailures>(noFailures);
  const listId = draft.audience === 'list' && draft.listId ? Number(draft.listId) : undefined;
  const allContacts = useStatusAudience(deviceId).data?.count;
  const listCount = useStatusAudience(deviceId, listId).data?.count;

  const params = useMemo(() => paramsOf(draft, sender), [draft, sender]);
  const checked = useMemo(() => {
    const input: Record<string, unknown> = Object.fromEntries(params);
    if (draft.file && draft.type !== 'text')
      input.file = { kind: 'uploaded-file', data: draft.file.data, filename: draft.file.name, mimetype: '' };
    return failuresOfValidation(sendStatusParams.validate(input, region));
  }, [params, draft.file, draft.type, region]);
  const errors = localizeFailures(attempted ? mergeFailures(serverErrors, checked) : serverErrors);

  const update = (patch: Partial<StatusDraft>) => {
    setServerErrors(noFailures);
    setDraft((current) => ({ ...current, ...patch }));
  };

  const submit = () => {
    setAttempted(true);
    if (Object.keys(checked.errors).length) return;
    const file = draft.type !== 'text' && draft.file ? draft.file : undefined;
    post.mutate(
      {
        params: Object.fromEntries(params),
        file: file && { name: file.name, mimetype: file.mimetype, dataBase64: toBase64(file.data) },
      },
      {
        onError: (error) => {
          if (errorCodeOf(error) === 'invalid_input') setServerErrors(failuresOf(error));
          notifications.show({
            color: 'red',
            title: t('status.failed'),
            message: describeError(error),
            autoClose: 8000,
          });
        },
        onSuccess: (result) =>
          notifications.show({
            color: 'wa',
            message: t('status.posted', { count: result.audience }),
            autoClose: 4000,
          }),
      },
    );
  };

  const typed = String(params.find(([name]) => name === 'recipients')?.[1] ?? '');
  const audienceCount =
    draft.audience === 'all'
      ? allContacts
      : draft.audience === 'list'
        ? listId && listCount
        : typed.split('|').filter(Boolean).length;

  return {
    draft,
    update,
    errors,
    params,
    allContacts,
    audienceCount,
    submit,
    posting: post.isPending,
  };
}
export type StatusForm = ReturnType<typeof useStatusForm>;
