/**
 * The pseudo-language (see languages.ts): every English string accented, padded to about 140 % of its
 * length and bracketed. Placeholders ({{name}}), nesting ($t(key)) and tags (<1>…</1>) are kept as they are,
 * so the pseudo catalogue behaves exactly like the English one.
 */
const ACCENTED: Record<string, string> = {
  a: 'á', b: 'ƀ', c: 'ç', d: 'ð', e: 'é', f: 'ƒ', g: 'ĝ', h: 'ĥ', i: 'í', j: 'ĵ', k: 'ķ', l: 'ĺ', m: 'ɱ',
  n: 'ñ', o: 'ö', p: 'þ', q: 'ǫ', r: 'ŕ', s: 'š', t: 'ţ', u: 'ú', v: 'ṽ', w: 'ŵ', x: 'ẋ', y: 'ý', z: 'ž',
  A: 'Á', B: 'Ɓ', C: 'Ç', D: 'Ð', E: 'É', F: 'Ƒ', G: 'Ĝ', H: 'Ĥ', I: 'Í', J: 'Ĵ', K: 'Ķ', L: 'Ĺ', M: 'Ṁ',
  N: 'Ñ', O: 'Ö', P: 'Þ', Q: 'Ǫ', R: 'Ŕ', S: 'Š', T: 'Ţ', U: 'Ú', V: 'Ṽ', W: 'Ŵ', X: 'Ẋ', Y: 'Ý', Z: 'Ž',
};

const KEPT = /(\{\{[^}]*\}\}|\$t\([^)]*\)|<\/?\d+\/?>|<\/?[a-z]+\/?>)/;
const PADDING = ' ·ŀōńğ·ţēẋţ·ŵĩţĥ·ÿōũŕ·ŀåñğũåğē';

export function pseudoLocalize(text: string): string {
  if (text === '') return text;
  const accented = text
    .split(KEPT)
    .map((part, index) => (index % 2 === 1 ? part : [...part].map((c) => ACCENTED[c] ?? c).join('')))
    .join('');
  const visible = text.replace(new RegExp(KEPT, 'g'), '').length;
  const extra = Math.max(1, Math.round(visible * 0.4));
  return `[${accented}${PADDING.slice(0, Math.min(extra, PADDING.length))}${extra > PADDING.length ? '·'.repeat(extra - PADDING.length) : ''}]`;
}

type Tree = { [key: string]: string | Tree };

/** A whole catalogue (namespaces of nested keys) turned into the pseudo-language. */
export function pseudoCatalogue<T extends object>(catalogue: T): T {
  const walk = (node: Tree): Tree =>
    Object.fromEntries(Object.entries(node).map(([key, value]) => [key, typeof value === 'string' ? pseudoLocalize(value) : walk(value)]));
  return walk(catalogue as Tree) as T;
}
