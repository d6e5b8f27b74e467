// One conversation: header, messages oldest-to-newest with "load earlier" paging, reply box; marks the chat read.
import {
  ActionIcon,
  Box,
  Button,
  Center,
  Divider,
  Group,
  Loader,
  ScrollArea,
  Stack,
  Text,
} from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { InboxChat } from '../../../../shared/inbox';
import { formatPhone } from '../../../../shared/phone';
import { useInboxMessages, useMarkChatRead } from '../../client/queries/inbox';
import { chatTitle } from '../MessageBubble/format';
import { MessageBubble } from '../MessageBubble/MessageBubble';
import { ReplyBox } from '../ReplyBox/ReplyBox';
import { useAiChat } from '../../client/queries/ai';
import { ChatAiControls } from './ChatAiControls';

interface ChatThreadProps {
  chat: InboxChat;
  onBack?: () => void;
}

export function ChatThread({ chat, onBack }: ChatThreadProps) {
  const { t } = useTranslation();
  const messages = useInboxMessages(chat.id);
  const ai = useAiChat(chat.id).data;
  const aiSent = new Set(ai?.aiWaIds ?? []);
  const markRead = useMarkChatRead();
  const viewport = useRef<HTMLDivElement>(null);
  const pinnedToBottom = useRef(true);
  const heightBeforeOlder = useRef<number | null>(null);
  // Pages come newest first; the thread shows oldest first.
  const list = (messages.data?.pages.flatMap((page) => page.messages) ?? []).slice().reverse();
  const newestId = list.at(-1)?.id;

  useEffect(() => {
    // Once per arrival of unread messages (the mutation object itself changes every render).
    if (chat.unread > 0) markRead.mutate(chat.id);
  }, [chat.id, chat.unread]);

  // Keep the view at the bottom for new messages, and in place when older ones are added above.
  useLayoutEffect(() => {
    const el = viewport.current;
    if (!el) return;
    if (heightBeforeOlder.current !== null) {
      el.scrollTop += el.scrollHeight - heightBeforeOlder.current;
      heightBeforeOlder.current = null;
    } else if (pinnedToBottom.current) el.scrollTop = el.scrollHeight;
  }, [list.length, newestId]);

  const loadOlder = () => {
    heightBeforeOlder.current = viewport.current?.scrollHeight ?? null;
    void messages.fetchNextPage();
  };

  return (
    <Stack gap={0} h="100%" data-testid="chat-thread">
      <Group p="sm" gap="sm" wrap="nowrap">
        {onBack && (
          <ActionIcon variant="subtle" onClick={onBack} aria-label={t('inbox.back')} hiddenFrom="sm">
            <IconArrowLeft size={18} />
          </ActionIcon>
        )}
        <div style={{ minWidth: 0 }}>
          <Text fw={600} truncate>
            {chatTitle(chat)}
          </Text>
          <Text size="xs" c="dimmed">
            {chat.isGroup ? t('inbox.group') : chat.number ? formatPhone(chat.number) : chat.jid}
          </Text>
        </div>
        {ai && !chat.isGroup && <ChatAiControls state={ai} />}
      </Group>
      <Divider />
      <ScrollArea
        flex={1}
        viewportRef={viewport}
        bg="var(--mantine-color-default-hover)"
        onScrollPositionChange={({ y }) => {
          const el = viewport.current;
          if (el) pinnedToBottom.current = el.scrollHeight - y - el.clientHeight < 40;
          if (y < 40 && messages.hasNextPage && !messages.isFetchingNextPage) loadOlder();
        }}
      >
        <Stack gap={6} p="md">
          {messages.hasNextPage && (
            <Center>
              <Button size="xs" variant="subtle" loading={messages.isFetchingNextPage} onClick={loadOlder}>
                {t('inbox.loadOlder')}
              </Button>
            </Center>
          )}
          {messages.isLoading && (
            <Center p="xl">
              <Loader size="sm" />
            </Center>
          )}
          {list.map((message) => (
            <MessageBubble
              key={message.id}
              message={message}
              showSender={chat.isGroup}
              sentByAi={aiSent.has(message.waId)}
            />
          ))}
        </Stack>
      </ScrollArea>
      <Divider />
      <Box>
        <ReplyBox chatId={chat.id} />
      </Box>
    </Stack>
  );
}
