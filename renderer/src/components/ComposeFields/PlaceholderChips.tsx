// A campaign's {{column}} chips under the fields: a click inserts the placeholder at the cursor of the text field
// last focused (the message box before any is), so it works for every field of every type without knowing them.
import { Badge, Group, Stack, Text } from '@mantine/core';
import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type TextField = HTMLInputElement | HTMLTextAreaElement;
const isTextField = (el: EventTarget | null): el is TextField =>
  el instanceof HTMLTextAreaElement || (el instanceof HTMLInputElement && el.type === 'text');

/** Types into a field as the user would, so React's onChange (and the draft) see the new value. */
function insertAt(field: TextField, token: string) {
  const at = field.selectionStart ?? field.value.length;
  const next = field.value.slice(0, at) + token + field.value.slice(field.selectionEnd ?? at);
  const proto =
    field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(field, next);
  field.dispatchEvent(new Event('input', { bubbles: true }));
  requestAnimationFrame(() => {
    field.focus();
    field.setSelectionRange(at + token.length, at + token.length);
  });
}

export function WithPlaceholders({ columns, children }: { columns: string[]; children: ReactNode }) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const last = useRef<TextField | null>(null);
  const target = () =>
    last.current?.isConnected
      ? last.current
      : box.current?.querySelector<TextField>(
          '[data-testid="compose-message"], [data-testid="compose-caption"]',
        );
  return (
    <Stack gap="sm">
      <div ref={box} onFocusCapture={(event) => isTextField(event.target) && (last.current = event.target)}>
        {children}
      </div>
      <div>
        <Text size="xs" c="dimmed" mb={6}>
          {t('broadcasts.message.variables')}
        </Text>
        <Group gap={6}>
          {['name', 'phone', ...columns].map((name) => (
            <Badge
              key={name}
              component="button"
              type="button"
              variant="light"
              style={{ cursor: 'pointer', textTransform: 'none' }}
              // Keeps the focus (and the cursor) in the field while clicking.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => {
                const field = target();
                if (field) insertAt(field, `{{${name}}}`);
              }}
              data-testid={`placeholder-${name}`}
            >
              {`{{${name}}}`}
            </Badge>
          ))}
        </Group>
      </div>
    </Stack>
  );
}
