// The chats of one device, newest first: name, last message, unread count, time; more load as you scroll.
import { Avatar, Badge, Box, Button, Group, NavLink, ScrollArea, Stack, Text } from '@mantine/core';
import { IconUsersGroup } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { InboxChat } from '../../../../shared/inbox';
import { useInboxChats } from '../../client/queries/inbox';
import { useAiChats } from '../../client/queries/ai';
import { chatTitle, formatWhen, previewOf } from '../MessageBubble/format';
import { WaInline } from '../WaText/WaText';

interface ChatListProps {
  deviceId: number;
  selectedId: number | null;
  onSelect: (chat: InboxChat) => void;
}

export function ChatList({ deviceId, selectedId, onSelect }: ChatListProps) {
  const { t, i18n } = useTranslation();
  const chats = useInboxChats(deviceId);
  const list = chats.data?.pages.flatMap((page) => page.chats) ?? [];
  // Chats the AI handed over carry a "needs a person" tag.
  const handedOver = new Set(
    (useAiChats(deviceId).data ?? []).filter((c) => c.needsPerson).map((c) => c.chatId),
  );
  const kind = (type: string) => t(`inbox.kinds.${type as 'image'}`, { defaultValue: type });
  if (chats.isSuccess && list.length === 0) {
    return (
      <Text c="dimmed" size="sm" p="md">
        {t('inbox.noChats')}
      </Text>
    );
  }
  return (
    <ScrollArea h="100%" type="auto">
      <Stack gap={0} data-testid="chat-list">
        {list.map((chat) => {
          const last = chat.lastMessage;
          const preview = last ? (last.deleted ? t('inbox.deleted') : previewOf(last, kind)) : '';
          return (
            <NavLink
              key={chat.id}
              active={chat.id === selectedId}
              onClick={() => onSelect(chat)}
              data-testid="chat-item"
              leftSection={
                <Avatar color="wa" radius="xl">
                  {chat.isGroup ? <IconUsersGroup size={18} /> : chatTitle(chat).slice(0, 2).toUpperCase()}
                </Avatar>
              }
              label={
                <Group justify="space-between" wrap="nowrap" gap="xs">
                  <Text size="sm" fw={chat.unread ? 700 : 500} truncate>
                    {chatTitle(chat)}
                  </Text>
                  <Text size="xs" c={chat.unread ? 'wa.7' : 'dimmed'} style={{ flexShrink: 0 }}>
                    {chat.lastAt ? formatWhen(chat.lastAt, i18n.language) : ''}
                  </Text>
                </Group>
              }
              description={
                <Group justify="space-between" wrap="nowrap" gap="xs">
                  <Text size="xs" c="dimmed" truncate>
                    {last?.fromMe
                      ? `${t('inbox.you')}: `
                      : chat.isGroup && last?.senderName
                        ? `${last.senderName}: `
                        : ''}
                    <WaInline text={preview} />
                  </Text>
                  {handedOver.has(chat.id) && (
                    <Badge
                      size="xs"
                      color="orange"
                      variant="light"
                      style={{ flexShrink: 0 }}
                      data-testid="chat-needs-person"
                    >
                      {t('ai.needsPerson')}
                    </Badge>
                  )}
                  {chat.unread > 0 && (
                    <Badge size="sm" circle aria-label={t('inbox.unread', { count: chat.unread })}>
                      {chat.unread}
                    </Badge>
                  )}
                </Group>
              }
            />
          );
        })}
        {chats.hasNextPage && (
          <Box p="sm">
            <Button
              variant="subtle"
              fullWidth
              loading={chats.isFetchingNextPage}
              onClick={() => void chats.fetchNextPage()}
            >
              {t('inbox.loadMore')}
            </Button>
          </Box>
        )}
      </Stack>
    </ScrollArea>
  );
}
