// WhatsApp's text formatting: *bold*, _italic_, ~strike~ and ```monospace```, parsed the way the app shows them
// (a mark counts only at a word edge, with no space just inside it, and never across lines).
export type WaMark = 'bold' | 'italic' | 'strike' | 'mono';
export type WaNode = string | { mark: WaMark; children: WaNode[] };

const MARKS = { '*': 'bold', _: 'italic', '~': 'strike' } as const;
const INLINE = /(^|[^\p{L}\p{N}])([*_~])(?=\S)([^\n]*?\S)\2(?![\p{L}\p{N}])/u;

function inline(text: string): WaNode[] {
  const match = INLINE.exec(text);
  if (!match) return text ? [text] : [];
  const start = match.index + match[1].length;
  const before = text.slice(0, start);
  const mark = MARKS[match[2] as keyof typeof MARKS];
  return [
    ...(before ? [before] : []),
    { mark, children: inline(match[3]) },
    ...inline(text.slice(match.index + match[0].length)),
  ];
}

export function parseWaFormatting(text: string): WaNode[] {
  return text
    .split(/```([\s\S]+?)```/)
    .flatMap((part, index): WaNode[] => (index % 2 ? [{ mark: 'mono', children: [part] }] : inline(part)));
}
