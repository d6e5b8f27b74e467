// The AI's state in one chat, in the thread header: "needs a person" (with "mark done"), paused until, AI off.
import { Badge, Button, Group, Switch, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AiChatState } from '../../../../shared/ai';
import { useSetAiChat } from '../../client/queries/ai';
import { formatTime } from '../MessageBubble/format';

export function ChatAiControls({ state }: { state: AiChatState }) {
  const { t, i18n } = useTranslation();
  const set = useSetAiChat();
  const paused = state.pausedUntil !== null && state.pausedUntil > Date.now();
  return (
    <Group gap="xs" ml="auto" wrap="nowrap">
      {state.needsPerson && (
        <>
          <Badge color="orange" variant="light" data-testid="thread-needs-person">
            {t('ai.needsPerson')}
          </Badge>
          <Button
            size="compact-xs"
            variant="subtle"
            onClick={() => set.mutate({ chatId: state.chatId, needsPerson: false })}
          >
            {t('ai.clearTag')}
          </Button>
        </>
      )}
      {paused && !state.aiOff && (
        <Text size="xs" c="dimmed" data-testid="thread-ai-paused">
          {t('ai.pausedUntil', { time: formatTime(state.pausedUntil!, i18n.language) })}
        </Text>
      )}
      <Switch
        size="xs"
        label={t('ai.aiOff')}
        checked={state.aiOff}
        onChange={(e) => set.mutate({ chatId: state.chatId, aiOff: e.currentTarget.checked })}
        data-testid="thread-ai-off"
      />
    </Group>
  );
}
