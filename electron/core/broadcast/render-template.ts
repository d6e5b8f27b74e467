// Campaign text per recipient: {{column}} placeholders (with `{{kota|Jakarta}}` fallbacks) and {A|B|C} spintax.
// One pass over the template, so a `|` inside a placeholder never splits a spintax group and values from the
// spreadsheet are inserted as they are (a customer named "{A|B}" is not spun).

export type Vars = Record<string, string>;

/** Variable names are matched without case, spaces or punctuation differences: "Nama Toko" = {{nama_toko}}. */
export function variableKey(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '_')
    .replace(/^_+|_+$/g, '');
}

/** Deterministic 0..1 generator (mulberry32), so the preview of row N shows what row N will get. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Index of the `}` closing the group that starts at `open`, or -1. */
function closingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text.startsWith('{{', i)) {
      const end = text.indexOf('}}', i + 2);
      if (end < 0) return -1;
      i = end + 1;
      continue;
    }
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/** Splits a spintax body on the `|` that are not inside a nested group or a placeholder. */
function splitOptions(body: string): string[] {
  const options: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    if (body.startsWith('{{', i)) {
      const end = body.indexOf('}}', i + 2);
      if (end >= 0) i = end + 1;
      continue;
    }
    const ch = body[i];
    if (ch === '{') depth++;
    else if (ch === '}') depth--;
    else if (ch === '|' && depth === 0) {
      options.push(body.slice(start, i));
      start = i + 1;
    }
  }
  options.push(body.slice(start));
  return options;
}

function render(template: string, vars: Vars, random: () => number): string {
  let out = '';
  let i = 0;
  while (i < template.length) {
    if (template.startsWith('{{', i)) {
      const end = template.indexOf('}}', i + 2);
      if (end >= 0) {
        const inner = template.slice(i + 2, end);
        const bar = inner.indexOf('|');
        const name = bar < 0 ? inner : inner.slice(0, bar);
        const fallback = bar < 0 ? '' : inner.slice(bar + 1);
        // Own properties only: {{constructor}} or {{__proto__}} must not reach Object.prototype (issue 19).
        const key = variableKey(name);
        const value = Object.hasOwn(vars, key) ? vars[key] : undefined;
        out += value !== undefined && value.trim() !== '' ? value : fallback;
        i = end + 2;
        continue;
      }
    }
    if (template[i] === '{') {
      const close = closingBrace(template, i);
      const options = close > 0 ? splitOptions(template.slice(i + 1, close)) : [];
      // "{word}" without a choice is ordinary text, not spintax.
      if (options.length > 1) {
        const picked = options[Math.floor(random() * options.length)];
        out += render(picked, vars, random);
        i = close + 1;
        continue;
      }
    }
    out += template[i];
    i++;
  }
  return out;
}

/** Renders one recipient's text; `seed` makes the spintax choice repeatable (campaign id + row). */
export function renderTemplate(template: string, vars: Vars, seed: number): string {
  return render(template, vars, seededRandom(seed));
}

/** The variables of a recipient: every column by its key, plus `name`/`nama` and `phone`/`nomor`. */
export function recipientVars(phone: string, name: string, columns: Record<string, unknown>): Vars {
  // No prototype: a spreadsheet column called "constructor" or "__proto__" is an ordinary variable.
  const vars: Vars = Object.create(null) as Vars;
  for (const [key, value] of Object.entries(columns))
    vars[variableKey(key)] = value == null ? '' : String(value);
  vars.name ??= name;
  vars.nama ??= name;
  vars.phone ??= phone;
  vars.nomor ??= phone;
  if (name) {
    vars.name = name;
    vars.nama = name;
  }
  return vars;
}

/** Placeholder names used by a template (for the editor's warnings about unknown columns). */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(/\{\{([^}|]+)(?:\|[^}]*)?\}\}/g)].map((m) => variableKey(m[1]));
}

/**
 * The spintax seed of a row: from the template and the row, not the campaign, so the preview shown while writing
 * is exactly what that row receives.
 */
export function rowSeed(template: string, rowNo: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < template.length; i++) hash = Math.imul(hash ^ template.charCodeAt(i), 0x01000193);
  return (hash ^ Math.imul(rowNo, 0x9e3779b1)) >>> 0;
}
