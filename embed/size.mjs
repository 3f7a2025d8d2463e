// The loader's size budget, checked by scripts/bench.mjs (and e2e/embed.spec.ts): embed.js must
// stay within LOADER_BUDGET bytes minified. The repository has no JavaScript minifier, so
// minifyJs() does the conservative part of one: it drops comments (keeping /*! notices) and
// collapses whitespace, copying strings, template literals and regular expressions untouched. It
// renames nothing, so a real minifier only does better. Enough for embed.js's plain ES5 style;
// not a general-purpose tool.

/** Bytes (1 kB = 1000 B, as in the bench): 2 kB. */
export const LOADER_BUDGET = 2000;

const KEYWORDS_BEFORE_REGEX = new Set([
  'return', 'typeof', 'case', 'do', 'else', 'in', 'of', 'new', 'delete', 'void', 'throw', 'instanceof', 'yield', 'await',
]);
const isIdent = (c) => c !== undefined && c !== '' && /[A-Za-z0-9_$\u0080-\uffff]/.test(c);

export function minifyJs(src) {
  let out = '';
  let space = false;
  let newline = false;
  const emit = (text) => {
    if ((space || newline) && out) {
      const prev = out[out.length - 1];
      const next = text[0];
      if (newline && !';{},(['.includes(prev) && !')}],.;?:'.includes(next)) out += '\n';
      else if ((isIdent(prev) && isIdent(next)) || ((prev === '+' || prev === '-') && prev === next)) out += ' ';
    }
    space = newline = false;
    out += text;
  };
  const regexMayStart = () => {
    const prev = out.trimEnd().slice(-1);
    if (prev === '' || '(,=:[!&|?{};+-*%<>~^'.includes(prev)) return true;
    const word = /([A-Za-z_$][\w$]*)$/.exec(out.trimEnd());
    return !!word && KEYWORDS_BEFORE_REGEX.has(word[1]);
  };
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === '/' && src[i + 1] === '/') {
      while (i < src.length && src[i] !== '\n') i++;
    } else if (c === '/' && src[i + 1] === '*') {
      const end = src.indexOf('*/', i + 2);
      const stop = end < 0 ? src.length : end + 2;
      if (src[i + 2] === '!') {
        emit(src.slice(i, stop));
        newline = true;
      }
      i = stop;
    } else if (/\s/.test(c)) {
      if (c === '\n') newline = true;
      else space = true;
      i++;
    } else if (c === '"' || c === "'" || c === '`') {
      let j = i + 1;
      while (j < src.length && src[j] !== c) j += src[j] === '\\' ? 2 : 1;
      emit(src.slice(i, j + 1));
      i = j + 1;
    } else if (c === '/' && regexMayStart()) {
      let j = i + 1;
      let inClass = false;
      while (j < src.length && (inClass || src[j] !== '/')) {
        if (src[j] === '\\') j++;
        else if (src[j] === '[') inClass = true;
        else if (src[j] === ']') inClass = false;
        j++;
      }
      j++;
      while (j < src.length && /[a-z]/i.test(src[j])) j++;
      emit(src.slice(i, j));
      i = j;
    } else {
      emit(c);
      i++;
    }
  }
  // Fails loudly if this ever produced invalid JavaScript.
  new Function(out);
  return out;
}
