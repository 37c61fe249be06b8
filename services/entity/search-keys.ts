// Search keys for names: full pinyin without tones and the initials, so that `wangxiaoming`,
// `wangx` and `wxm` all find 王小明. Pure; computed once at import.
import { pinyin } from 'pinyin-pro';

export function hasNonAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return true;
  return false;
}

export function searchKeys(name: string): string {
  if (!hasNonAscii(name)) return name.toLowerCase().replace(/[^a-z0-9]+/g, '');
  const syllables = pinyin(name, { toneType: 'none', type: 'array', v: true, nonZh: 'removed' });
  const full = syllables.join('').toLowerCase();
  const initials = syllables
    .map((s) => s[0] ?? '')
    .join('')
    .toLowerCase();
  return `${full} ${initials}`;
}

/** Trimmed, lower-cased, without inner spaces; undefined when nothing searchable is left. */
export function normaliseQuery(q: string): string | undefined {
  const s = q.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, '');
  return s.length === 0 || s.length > 64 ? undefined : s;
}
