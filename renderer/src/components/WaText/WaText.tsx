// Text as WhatsApp shows it: formatting marks rendered, line breaks kept.
import { Text, type TextProps } from '@mantine/core';
import { Fragment, type ReactNode } from 'react';
import { parseWaFormatting, type WaNode } from './wa-format';

function render(nodes: WaNode[]): ReactNode[] {
  return nodes.map((node, index) => {
    if (typeof node === 'string') return <Fragment key={index}>{node}</Fragment>;
    const children = render(node.children);
    if (node.mark === 'bold') return <strong key={index}>{children}</strong>;
    if (node.mark === 'italic') return <em key={index}>{children}</em>;
    if (node.mark === 'strike') return <s key={index}>{children}</s>;
    return (
      <Text key={index} span ff="monospace" fz="inherit">
        {children}
      </Text>
    );
  });
}

/** Formatting marks rendered inside a surrounding text (e.g. a one-line chat preview). */
export function WaInline({ text }: { text: string }) {
  return <>{render(parseWaFormatting(text))}</>;
}

export function WaText({ text, ...props }: { text: string } & TextProps) {
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} {...props}>
      {render(parseWaFormatting(text))}
    </Text>
  );
}
