// Create or edit one auto-reply rule: match kind, pattern, reply text, optional media URL, case, cooldown.
import { Button, Checkbox, Group, NumberInput, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AutoReplyRule } from '../../../../shared/inbox';
import { errorTextOf, fieldErrorsOf } from '../../client/errors';
import { useCreateAutoReply, useUpdateAutoReply } from '../../client/queries/auto-replies';

type Match = AutoReplyRule['match'];

interface AutoReplyRuleFormProps {
  deviceId: number;
  rule?: AutoReplyRule;
  onDone: () => void;
}

export function AutoReplyRuleForm({ deviceId, rule, onDone }: AutoReplyRuleFormProps) {
  const { t } = useTranslation();
  const [match, setMatch] = useState<Match>(rule?.match ?? 'contains');
  const [pattern, setPattern] = useState(rule?.pattern ?? '');
  const [reply, setReply] = useState(rule?.reply ?? '');
  const [mediaUrl, setMediaUrl] = useState(rule?.mediaUrl ?? '');
  const [caseSensitive, setCaseSensitive] = useState(rule?.caseSensitive ?? false);
  const [cooldownSeconds, setCooldown] = useState<number>(rule?.cooldownSeconds ?? 60);
  const create = useCreateAutoReply(deviceId);
  const update = useUpdateAutoReply(deviceId);
  const mutation = rule ? update : create;
  const errors = fieldErrorsOf(mutation.error);
  const patternText = errorTextOf(mutation.error)?.fields?.pattern;
  const submit = () => {
    const fields = {
      match,
      pattern,
      reply,
      mediaUrl: mediaUrl.trim() || null,
      caseSensitive,
      cooldownSeconds,
    };
    if (rule) update.mutate({ id: rule.id, ...fields }, { onSuccess: onDone });
    else create.mutate({ deviceId, ...fields }, { onSuccess: onDone });
  };
  return (
    <Stack gap="sm">
      <Group grow align="flex-start">
        <Select
          label={t('autoReplies.pattern')}
          data={(['contains', 'exact', 'regex'] as const).map((value) => ({
            value,
            label: t(`autoReplies.match.${value}`),
          }))}
          value={match}
          onChange={(value) => value && setMatch(value as Match)}
          allowDeselect={false}
        />
        <TextInput
          label="&nbsp;"
          value={pattern}
          onChange={(event) => setPattern(event.currentTarget.value)}
          error={
            patternText && 'key' in patternText && patternText.key === 'pattern_unsupported'
              ? t('autoReplies.unsupportedRegex')
              : errors.pattern
                ? t('autoReplies.invalidRegex')
                : undefined
          }
          aria-label={t('autoReplies.pattern')}
          data-testid="rule-pattern"
        />
      </Group>
      <Textarea
        label={t('autoReplies.reply')}
        value={reply}
        onChange={(event) => setReply(event.currentTarget.value)}
        autosize
        minRows={2}
        data-testid="rule-reply"
      />
      <TextInput
        label={t('autoReplies.mediaUrl')}
        value={mediaUrl}
        onChange={(event) => setMediaUrl(event.currentTarget.value)}
        error={errors.mediaUrl?.[0]}
        placeholder="https://…"
      />
      <Group align="flex-end">
        <NumberInput
          label={t('autoReplies.cooldown')}
          value={cooldownSeconds}
          onChange={(value) => setCooldown(Number(value) || 0)}
          min={0}
          max={86_400}
          w={200}
        />
        <Checkbox
          label={t('autoReplies.caseSensitive')}
          checked={caseSensitive}
          onChange={(event) => setCaseSensitive(event.currentTarget.checked)}
          mb={8}
        />
      </Group>
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('common.cancel')}
        </Button>
        <Button
          onClick={submit}
          loading={mutation.isPending}
          disabled={!pattern.trim() || (!reply.trim() && !mediaUrl.trim())}
          data-testid="rule-save"
        >
          {t('common.save')}
        </Button>
      </Group>
    </Stack>
  );
}
