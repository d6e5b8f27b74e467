// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import type { InboxChat } from '../../../../shared/inbox';
import { answer, invoked, render, screen, userEvent, within } from '../../test-utils';
import { ChatList } from './ChatList';

const HOUR = 3_600_000;

function chat(id: number, patch: Partial<InboxChat> & Pick<InboxChat, 'lastMessage'>): InboxChat {
  return {
    id,
    deviceId: 1,
    jid: `62812000000${id}@s.whatsapp.net`,
    name: null,
    number: `62812000000${id}`,
    isGroup: false,
    unread: 0,
    lastAt: Date.now() - id * HOUR,
    ...patch,
  };
}

const text = (body: string, patch: Partial<NonNullable<InboxChat['lastMessage']>> = {}) => ({
  body,
  type: 'text',
  fromMe: false,
  status: null,
  deleted: false,
  senderName: null,
  ...patch,
});

const budi = chat(1, { name: 'Budi', unread: 2, lastMessage: text('Stok masih ada?') });
const group = chat(2, {
  name: 'Pelanggan Setia',
  jid: '120363000000000002@g.us',
  number: null,
  isGroup: true,
  lastMessage: text('Siap kak', { senderName: 'Sari' }),
});
const photo = chat(3, { name: 'Eko', lastMessage: text('', { type: 'image', fromMe: true }) });
const deleted = chat(4, { name: 'Dewi', lastMessage: text('rahasia', { deleted: true }) });

const items = () => screen.getAllByTestId('chat-item');

describe('ChatList', () => {
  it("shows each chat's name, the last message as WhatsApp words it, and the unread count", async () => {
    answer('inbox.chats', () => ({ chats: [budi, group, photo, deleted], nextCursor: null }));
    answer('ai.chats', () => []);
    await render(<ChatList deviceId={1} selectedId={null} onSelect={() => {}} />);

    expect(await screen.findByText('Budi')).toBeInTheDocument();
    const [toBudi, toGroup, toEko, toDewi] = items();
    expect(toBudi).toHaveTextContent('Stok masih ada?');
    expect(within(toBudi).getByLabelText('2 belum dibaca')).toHaveTextContent('2');
    expect(toGroup).toHaveTextContent('Pelanggan Setia');
    expect(toGroup).toHaveTextContent('Sari: Siap kak');
    // An image without caption is named by its kind; what this account sent starts with "Anda".
    expect(toEko).toHaveTextContent('Anda: Foto');
    expect(toDewi).toHaveTextContent('Pesan ini dihapus');
    expect(toDewi).not.toHaveTextContent('rahasia');
    expect(within(toEko).queryByLabelText(/belum dibaca/)).not.toBeInTheDocument();
  });

  it('tags only the chats the AI handed over to a person', async () => {
    answer('inbox.chats', () => ({ chats: [budi, photo], nextCursor: null }));
    answer('ai.chats', () => [{ chatId: photo.id, aiOff: false, pausedUntil: null, needsPerson: true }]);
    await render(<ChatList deviceId={1} selectedId={null} onSelect={() => {}} />);

    expect(await screen.findByText('Perlu orang')).toBeInTheDocument();
    const [toBudi, toEko] = items();
    expect(within(toEko).getByTestId('chat-needs-person')).toHaveTextContent('Perlu orang');
    expect(within(toBudi).queryByTestId('chat-needs-person')).not.toBeInTheDocument();
  });

  it('opens the chat the user clicks', async () => {
    const onSelect = vi.fn();
    answer('inbox.chats', () => ({ chats: [budi, group], nextCursor: null }));
    answer('ai.chats', () => []);
    await render(<ChatList deviceId={1} selectedId={null} onSelect={onSelect} />);

    await userEvent.click(await screen.findByText('Pelanggan Setia'));
    expect(onSelect).toHaveBeenCalledExactlyOnceWith(group);
  });

  it('loads the next page of chats when asked, from where the first page ended', async () => {
    answer('inbox.chats', ({ cursor }) =>
      cursor === 'page-2'
        ? { chats: [photo], nextCursor: null }
        : { chats: [budi, group], nextCursor: 'page-2' },
    );
    answer('ai.chats', () => []);
    await render(<ChatList deviceId={1} selectedId={null} onSelect={() => {}} />);

    await userEvent.click(await screen.findByRole('button', { name: 'Muat lebih banyak' }));
    expect(await screen.findByText('Eko')).toBeInTheDocument();
    expect(items()).toHaveLength(3);
    expect(screen.queryByRole('button', { name: 'Muat lebih banyak' })).not.toBeInTheDocument();
    expect(invoked.filter((call) => call.method === 'inbox.chats').map((call) => call.input)).toEqual([
      { deviceId: 1, cursor: undefined, limit: 50 },
      { deviceId: 1, cursor: 'page-2', limit: 50 },
    ]);
  });

  it('says so when the device has no chats yet', async () => {
    answer('inbox.chats', () => ({ chats: [], nextCursor: null }));
    answer('ai.chats', () => []);
    await render(<ChatList deviceId={1} selectedId={null} onSelect={() => {}} />);

    expect(await screen.findByText('Belum ada percakapan di perangkat ini.')).toBeInTheDocument();
    expect(screen.queryByTestId('chat-item')).not.toBeInTheDocument();
  });
});
