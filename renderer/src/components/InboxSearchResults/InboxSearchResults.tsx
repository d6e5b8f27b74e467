// Full-text search hits across chats; the matched words are highlighted, a click opens the chat.
import { Mark, NavLink, ScrollArea, Stack, Text } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { InboxSearchHit } from '../../../../shared/inbox';
import { formatPhone } from '../../../../shared/phone';
import { useInboxSearch } from '../../client/queries/inbox';
import { formatWhen } from '../MessageBubble/format';

/** "[halo] kak" → text with <Mark> around the matched words (core wraps them in brackets). */
function Highlighted({ snippet }: { snippet: string }) {
  return (
    <>
      {snippet
        .split(/(\[[^\]]*\])/)
        .map((part, i) =>
          part.startsWith('[') && part.endsWith(']') ? (
            <Mark key={i}>{part.slice(1, -1)}</Mark>
          ) : (
            <Fragment key={i}>{part}</Fragment>
          ),
        )}
    </>
  );
}

interface InboxSearchResultsProps {
  query: string;
  deviceId: number | null;
  onOpen: (hit: InboxSearchHit) => void;
}

export function InboxSearchResults({ query, deviceId, onOpen }: InboxSearchResultsProps) {
  const { t, i18n } = useTranslation();
  const search = useInboxSearch(query, deviceId);
  const hits = search.data?.hits ?? [];
  return (
    <ScrollArea h="100%" type="auto">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} px="md" pt="sm">
        {t('inbox.searchResults')}
      </Text>
      {search.isSuccess && hits.length === 0 && (
        <Text c="dimmed" size="sm" p="md">
          {t('inbox.noResults')}
        </Text>
      )}
      <Stack gap={0} data-testid="search-results">
        {hits.map((hit) => (
          <NavLink
            key={hit.id}
            onClick={() => onOpen(hit)}
            label={
              <Text size="sm" fw={600} truncate>
                {hit.chatName || formatPhone(hit.chatJid.split('@')[0])}
              </Text>
            }
            description={
              <Text size="xs" lineClamp={2}>
                <Highlighted snippet={hit.snippet} />
              </Text>
            }
            rightSection={
              <Text size="xs" c="dimmed">
                {formatWhen(hit.timestamp, i18n.language)}
              </Text>
            }
          />
        ))}
      </Stack>
    </ScrollArea>
  );
}
