// Chat list (or search hits) beside the open thread; on small screens one at a time.
import { Card, Center, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InboxChat, InboxSearchHit } from '../../../../shared/inbox';
import { useInboxChats } from '../../client/queries/inbox';
import { ChatThread } from '../ChatThread/ChatThread';
import { InboxSearchResults } from '../InboxSearchResults/InboxSearchResults';
import { ChatList } from './ChatList';
import classes from './InboxPanes.module.css';

const chatOfHit = (hit: InboxSearchHit): InboxChat => ({
  id: hit.chatId,
  deviceId: hit.deviceId,
  jid: hit.chatJid,
  name: hit.chatName,
  number: hit.chatJid.endsWith('@s.whatsapp.net') ? hit.chatJid.split('@')[0] : null,
  isGroup: hit.chatJid.endsWith('@g.us'),
  unread: 0,
  lastAt: hit.timestamp,
  lastMessage: null,
});

export interface InboxPanesProps {
  deviceId: number;
  query: string;
  /** A chat to open as soon as it is in the list (a notification was clicked). */
  openChatId?: number | null;
  onOpened?: () => void;
}

export function InboxPanes({ deviceId, query, openChatId, onOpened }: InboxPanesProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<InboxChat | null>(null);
  const chats = useInboxChats(deviceId);
  const wanted = chats.data?.pages.flatMap((page) => page.chats).find((chat) => chat.id === openChatId);
  useEffect(() => {
    if (!wanted) return;
    setOpen(wanted);
    onOpened?.();
  }, [wanted, onOpened]);
  // The list's copy is the live one (unread count, name); the clicked/search copy is the fallback.
  const fresh = chats.data?.pages.flatMap((page) => page.chats).find((chat) => chat.id === open?.id);
  const openChat = open && open.deviceId === deviceId ? (fresh ?? open) : null;
  const searching = query.trim().length >= 2;
  return (
    <Card withBorder className={classes.panes} data-thread-open={openChat ? true : undefined}>
      <div className={classes.list}>
        {searching ? (
          <InboxSearchResults query={query} deviceId={deviceId} onOpen={(hit) => setOpen(chatOfHit(hit))} />
        ) : (
          <ChatList deviceId={deviceId} selectedId={openChat?.id ?? null} onSelect={setOpen} />
        )}
      </div>
      <div className={classes.thread}>
        {openChat ? (
          <ChatThread key={openChat.id} chat={openChat} onBack={() => setOpen(null)} />
        ) : (
          <Center h="100%">
            <Text c="dimmed">{t('inbox.pickChat')}</Text>
          </Center>
        )}
      </div>
    </Card>
  );
}
