/**
 * A direct reader of a PDF's text layer for the files orders come in (LibreOffice, Word, most office producers):
 * the objects are found in the file, the page tree walked, each page's content streams interpreted for their text
 * operators only, and every string shown turned into a text item (its Unicode text, where it starts and how wide
 * it is, in page space) with the font's `ToUnicode` map or its encoding and its widths.
 *
 * Why: pdfjs does a great deal per page that text extraction does not need (a renderer's font conversion and
 * graphics state, a message and a stream per chunk of text between its two halves, a copy of every text item);
 * on a real order it takes about three times pdftotext's time, on a 34-page one six times. This reader does only
 * what the text needs, in one pass.
 *
 * It reads what it is sure of and nothing else: whatever it does not handle (encryption, a filter other than
 * Flate, Type 3 fonts, a CID font without `Identity-H` and `ToUnicode`, a simple font without widths or with a
 * glyph name it does not know, a code with no Unicode, right-to-left text…) makes it answer `null`, and the caller
 * reads the file with pdfjs instead. Its items feed the same line building as pdfjs's (`pdf.ts`).
 *
 * Sources: ISO 32000-1:2008 §7.3 (objects), §7.5.7 (object streams), §7.7.3 (page tree), §8.10 (form XObjects),
 * §9.3–9.4 (text state and objects), §9.6.6 (simple font encodings), §9.7.5.2 (Identity-H), §9.10.3 (ToUnicode),
 * Annex D (standard encodings); the Adobe Glyph List for the glyph names it knows.
 */
import { constants, inflateRawSync } from 'node:zlib';

/** A text item as the line builder wants it (pdfjs's `TextItem` shape, the fields used). */
export interface TextItemLike {
  str: string;
  /** [a, b, c, d, e, f]: e, f the start of the string on the page; d its vertical size. */
  transform: number[];
  /** Advance of the string on the page. */
  width: number;
  height: number;
}

class Name {
  constructor(readonly name: string) {}
}
class Ref {
  constructor(
    readonly num: number,
    readonly gen: number,
  ) {}
}
class Str {
  constructor(readonly bytes: Uint8Array) {}
}
class Op {
  constructor(readonly op: string) {}
}
type Dict = Map<string, Value>;
interface Stream {
  dict: Dict;
  start: number;
  end: number;
  /** Decoded bytes for streams embedded in an object stream (never: streams cannot be) or cached. */
  data?: Uint8Array | null;
}
type Value = number | boolean | null | Name | Ref | Str | Value[] | Dict | StreamObj;
class StreamObj {
  constructor(readonly stream: Stream) {}
}

/** Thrown inside the reader when the file uses something it does not handle; turned into `null`. */
class Unsupported extends Error {}
const unsupported = (why: string): never => {
  throw new Unsupported(why);
};

/**
 * Bytes `from`..`to` of `b` as a string of the same code points (ISO 8859-1), of any length (a spread of a
 * megabyte-long PDF name or number into `String.fromCharCode` overflows the call stack).
 */
function latin1(b: Uint8Array, from: number, to: number): string {
  return Buffer.from(b.buffer, b.byteOffset + from, to - from).toString('latin1');
}

const WS = new Uint8Array(256);
for (const c of [0, 9, 10, 12, 13, 32]) WS[c] = 1;
const DELIM = new Uint8Array(256);
for (const c of '()<>[]{}/%') DELIM[c.charCodeAt(0)] = 1;

/** A tokenizer and object parser over a byte range (§7.2–7.3). */
class Parser {
  pos: number;
  constructor(
    readonly b: Uint8Array,
    start = 0,
    readonly end = b.length,
  ) {
    this.pos = start;
  }

  skip(): void {
    const { b } = this;
    while (this.pos < this.end) {
      const c = b[this.pos]!;
      if (WS[c]) this.pos++;
      else if (c === 0x25) while (this.pos < this.end && b[this.pos] !== 10 && b[this.pos] !== 13) this.pos++;
      else break;
    }
  }

  /** The next value, or an operator keyword (`Op`) when one stands there; undefined at the end. */
  next(): Value | Op | undefined {
    this.skip();
    const { b } = this;
    if (this.pos >= this.end) return undefined;
    const c = b[this.pos]!;
    if (c === 0x2f) {
      const s = ++this.pos;
      while (this.pos < this.end && !WS[b[this.pos]!] && !DELIM[b[this.pos]!]) this.pos++;
      let name = latin1(b, s, this.pos);
      if (name.includes('#')) name = name.replace(/#([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
      return new Name(name);
    }
    if (c === 0x28) return this.literal();
    if (c === 0x3c) {
      if (b[this.pos + 1] === 0x3c) {
        this.pos += 2;
        return this.dict();
      }
      return this.hex();
    }
    if (c === 0x5b) {
      this.pos++;
      const arr: Value[] = [];
      for (;;) {
        this.skip();
        if (this.pos >= this.end) return unsupported('unterminated array');
        if (b[this.pos] === 0x5d) {
          this.pos++;
          return arr;
        }
        const v = this.next();
        if (v instanceof Op) return unsupported(`operator ${v.op} in array`);
        if (v === undefined) return unsupported('unterminated array');
        arr.push(v);
      }
    }
    if (c === 0x5d || c === 0x3e || c === 0x7b || c === 0x7d || c === 0x29) {
      this.pos++;
      return new Op(String.fromCharCode(c));
    }
    if ((c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e) {
      const n = this.number();
      if (n !== null) return n;
    }
    const s = this.pos;
    while (this.pos < this.end && !WS[b[this.pos]!] && !DELIM[b[this.pos]!]) this.pos++;
    const word = latin1(b, s, this.pos);
    if (word === 'true') return true;
    if (word === 'false') return false;
    if (word === 'null') return null;
    if (!word) {
      this.pos++;
      return new Op('?');
    }
    return new Op(word);
  }

  /** A number (or an indirect reference `n g R`) at the position, or null (position kept) when none stands there. */
  private number(): number | Ref | null {
    const { b } = this;
    const start = this.pos;
    let i = this.pos;
    let sign = 1;
    if (b[i] === 0x2b || b[i] === 0x2d) sign = b[i++] === 0x2d ? -1 : 1;
    let n = 0;
    let digits = 0;
    while (i < this.end && b[i]! >= 0x30 && b[i]! <= 0x39) {
      n = n * 10 + (b[i++]! - 0x30);
      digits++;
    }
    let integer = true;
    if (b[i] === 0x2e) {
      integer = false;
      i++;
      while (i < this.end && b[i]! >= 0x30 && b[i]! <= 0x39) {
        i++;
        digits++;
      }
    }
    if (digits === 0 || (i < this.end && !WS[b[i]!] && !DELIM[b[i]!])) return null;
    this.pos = i;
    if (!integer) return Number(latin1(b, start, i));
    if (integer && sign === 1) {
      // an indirect reference: "n g R"
      let j = i;
      while (j < this.end && WS[b[j]!]) j++;
      const g = j;
      let gen = 0;
      while (j < this.end && b[j]! >= 0x30 && b[j]! <= 0x39) gen = gen * 10 + (b[j++]! - 0x30);
      if (j > g) {
        while (j < this.end && WS[b[j]!]) j++;
        if (b[j] === 0x52 && (j + 1 >= this.end || WS[b[j + 1]!] || DELIM[b[j + 1]!])) {
          this.pos = j + 1;
          return new Ref(n, gen);
        }
      }
    }
    return sign * n;
  }

  private dict(): Dict {
    const d: Dict = new Map();
    for (;;) {
      this.skip();
      if (this.pos >= this.end) return unsupported('unterminated dictionary');
      if (this.b[this.pos] === 0x3e && this.b[this.pos + 1] === 0x3e) {
        this.pos += 2;
        return d;
      }
      const k = this.next();
      if (!(k instanceof Name)) return unsupported('dictionary key');
      const v = this.next();
      if (v === undefined) return unsupported('dictionary value');
      // a stray keyword as a value (`/Size NaN`) is read as null, as lenient readers do; a delimiter is not
      if (v instanceof Op) {
        if (!/^[A-Za-z]/.test(v.op)) return unsupported('dictionary value');
        d.set(k.name, null);
      } else d.set(k.name, v);
    }
  }

  private literal(): Str {
    const { b } = this;
    const out: number[] = [];
    let depth = 1;
    this.pos++;
    while (this.pos < this.end) {
      const c = b[this.pos++]!;
      if (c === 0x5c) {
        const e = b[this.pos++]!;
        const simple: Record<number, number> = { 0x6e: 10, 0x72: 13, 0x74: 9, 0x62: 8, 0x66: 12, 0x28: 0x28, 0x29: 0x29, 0x5c: 0x5c };
        if (simple[e] !== undefined) out.push(simple[e]!);
        else if (e >= 0x30 && e <= 0x37) {
          let v = e - 0x30;
          for (let k = 0; k < 2 && b[this.pos]! >= 0x30 && b[this.pos]! <= 0x37; k++) v = v * 8 + (b[this.pos++]! - 0x30);
          out.push(v & 0xff);
        } else if (e === 13) {
          if (b[this.pos] === 10) this.pos++;
        } else if (e !== 10) out.push(e);
      } else if (c === 0x28) {
        depth++;
        out.push(c);
      } else if (c === 0x29) {
        if (--depth === 0) return new Str(new Uint8Array(out));
        out.push(c);
      } else out.push(c);
    }
    return unsupported('unterminated string');
  }

  private hex(): Str {
    const { b } = this;
    const out: number[] = [];
    let hi = -1;
    this.pos++;
    while (this.pos < this.end) {
      const c = b[this.pos++]!;
      if (c === 0x3e) {
        if (hi >= 0) out.push(hi << 4);
        return new Str(new Uint8Array(out));
      }
      const v = c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x41 && c <= 0x46 ? c - 55 : c >= 0x61 && c <= 0x66 ? c - 87 : -1;
      if (v < 0) continue;
      if (hi < 0) hi = v;
      else {
        out.push((hi << 4) | v);
        hi = -1;
      }
    }
    return unsupported('unterminated hex string');
  }
}

/** Inflates zlib data leniently (header skipped when present, checksum not required), capped. */
function inflate(data: Uint8Array, cap: number): Uint8Array {
  const zlibHeader = data.length >= 2 && (data[0]! & 0x0f) === 8 && ((data[0]! << 8) | data[1]!) % 31 === 0;
  try {
    return inflateRawSync(zlibHeader ? data.subarray(2) : data, { maxOutputLength: cap, finishFlush: constants.Z_SYNC_FLUSH });
  } catch {
    return unsupported('stream not inflatable');
  }
}

/** The objects of a PDF, found by their `n g obj` headers (later definitions win, as incremental updates do). */
class Objects {
  private readonly direct = new Map<number, number>();
  private readonly inStream = new Map<number, { stm: number; index: number }>();
  private readonly cache = new Map<number, Value>();
  private readonly objStms = new Map<number, { data: Uint8Array }>();
  trailer: Dict | null = null;

  constructor(
    readonly b: Uint8Array,
    readonly cap: number,
  ) {
    const text = Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1');
    const re = /(\d+)\s+(\d+)\s+obj\b/g;
    const special: number[] = [];
    let catalog: number | null = null;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const num = Number(m[1]);
      const at = m.index + m[0].length;
      this.direct.set(num, at);
      this.cache.delete(num);
      // skip a stream body, so that nothing inside it is taken for an object
      const p = new Parser(b, at);
      try {
        const v = p.next();
        p.skip();
        if (v instanceof Map && nameOf(v.get('Type')) === 'Catalog') catalog = num;
        if (v instanceof Map && text.startsWith('stream', p.pos)) {
          const type = nameOf(v.get('Type'));
          if (type === 'ObjStm' || type === 'XRef') special.push(num);
          const end = text.indexOf('endstream', p.pos);
          if (end > 0) re.lastIndex = end;
        }
      } catch {
        // a damaged object: left for the lookup to refuse
      }
    }
    // object streams: the objects they hold, unless defined directly (a simplification of the cross-reference)
    for (const num of special) {
      const v = this.get(new Ref(num, 0));
      if (!(v instanceof StreamObj)) continue;
      if (nameOf(v.stream.dict.get('Type')) === 'XRef') {
        this.trailer = v.stream.dict;
        continue;
      }
      const n = v.stream.dict.get('N');
      const first = v.stream.dict.get('First');
      if (typeof n !== 'number' || typeof first !== 'number') continue;
      const data = this.streamData(v.stream);
      const head = new Parser(data, 0, Math.min(first, data.length));
      for (let k = 0; k < n; k++) {
        const o = head.next();
        const off = head.next();
        if (typeof o !== 'number' || typeof off !== 'number') break;
        if (!this.direct.has(o)) this.inStream.set(o, { stm: num, index: first + off });
      }
      this.objStms.set(num, { data });
    }
    const t = text.lastIndexOf('trailer');
    if (t >= 0) {
      try {
        const d = new Parser(b, t + 7).next();
        if (d instanceof Map && d.has('Root')) this.trailer = d;
      } catch {
        // no usable trailer: the catalogue found among the objects stands in
      }
    }
    if (!this.trailer && catalog !== null) this.trailer = new Map<string, Value>([['Root', new Ref(catalog, 0)]]);
  }

  /** The value of an object reference (resolved once), or null when missing. */
  get(ref: Ref): Value {
    if (this.cache.has(ref.num)) return this.cache.get(ref.num)!;
    this.cache.set(ref.num, null); // a reference cycle resolves to null
    let v: Value = null;
    const at = this.direct.get(ref.num);
    if (at !== undefined) {
      const p = new Parser(this.b, at);
      const x = p.next();
      if (x instanceof Op || x === undefined) return unsupported('object');
      v = x;
      if (x instanceof Map) {
        p.skip();
        if (p.b[p.pos] === 0x73 && Buffer.from(p.b.buffer, p.b.byteOffset + p.pos, 6).toString('latin1') === 'stream') {
          let start = p.pos + 6;
          if (p.b[start] === 13) start++;
          if (p.b[start] === 10) start++;
          const len = x.get('Length');
          const direct = typeof len === 'number' ? len : null;
          let end = direct !== null && start + direct <= p.b.length ? start + direct : -1;
          const text = (from: number): string => Buffer.from(p.b.buffer, p.b.byteOffset + from, Math.min(20, p.b.length - from)).toString('latin1');
          if (end < 0 || !/^\s*endstream/.test(text(end))) end = Buffer.from(p.b.buffer, p.b.byteOffset, p.b.byteLength).indexOf('endstream', start, 'latin1');
          if (end < 0) return unsupported('stream without end');
          v = new StreamObj({ dict: x, start, end });
        }
      }
    } else {
      const s = this.inStream.get(ref.num);
      if (s) {
        const stm = this.objStms.get(s.stm)!;
        const x = new Parser(stm.data, s.index).next();
        if (x instanceof Op || x === undefined) return unsupported('object in stream');
        v = x;
      }
    }
    this.cache.set(ref.num, v);
    return v;
  }

  /** A value with references followed. */
  resolve(v: Value | undefined): Value {
    let x = v ?? null;
    for (let i = 0; x instanceof Ref && i < 16; i++) x = this.get(x);
    return x instanceof Ref ? null : x;
  }

  dict(v: Value | undefined): Dict | null {
    const x = this.resolve(v);
    return x instanceof Map ? x : x instanceof StreamObj ? x.stream.dict : null;
  }

  /** The decoded bytes of a stream (no filter or Flate only), at most `cap` bytes. */
  streamData(s: Stream): Uint8Array {
    if (s.data) return s.data;
    const raw = this.b.subarray(s.start, s.end);
    const filter = this.resolve(s.dict.get('Filter'));
    const filters = filter instanceof Name ? [filter.name] : Array.isArray(filter) ? filter.map((f) => nameOf(this.resolve(f))) : [];
    let data: Uint8Array;
    if (filters.length === 0) data = raw;
    else if (filters.length === 1 && (filters[0] === 'FlateDecode' || filters[0] === 'Fl')) {
      if (this.resolve(s.dict.get('DecodeParms')) !== null) unsupported('decode parameters');
      data = inflate(raw, this.cap);
    } else return unsupported(`filter ${filters.join(', ')}`);
    s.data = data;
    return data;
  }
}

const nameOf = (v: Value | undefined): string | null => (v instanceof Name ? v.name : null);
const num = (v: Value | undefined, dflt: number): number => (typeof v === 'number' ? v : dflt);

// --- fonts ---

/** Glyph names of the Adobe Glyph List that office producers use for Latin (Polish included) text. */
const GLYPHS: Record<string, string> = {
  space: ' ', exclam: '!', quotedbl: '"', numbersign: '#', dollar: '$', percent: '%', ampersand: '&', quotesingle: "'", quoteright: '’', parenleft: '(', parenright: ')',
  asterisk: '*', plus: '+', comma: ',', hyphen: '-', period: '.', slash: '/', zero: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7',
  eight: '8', nine: '9', colon: ':', semicolon: ';', less: '<', equal: '=', greater: '>', question: '?', at: '@', bracketleft: '[', backslash: '\\', bracketright: ']',
  asciicircum: '^', underscore: '_', grave: '`', quoteleft: '‘', braceleft: '{', bar: '|', braceright: '}', asciitilde: '~', bullet: '•', endash: '–', emdash: '—',
  quotedblleft: '“', quotedblright: '”', quotedblbase: '„', quotesinglbase: '‚', guillemotleft: '«', guillemotright: '»', ellipsis: '…', section: '§', paragraph: '¶',
  degree: '°', copyright: '©', registered: '®', trademark: '™', nbspace: '\u00a0', periodcentered: '·', minus: '−', multiply: '×', divide: '÷', euro: '€',
  aogonek: 'ą', Aogonek: 'Ą', cacute: 'ć', Cacute: 'Ć', eogonek: 'ę', Eogonek: 'Ę', lslash: 'ł', Lslash: 'Ł', nacute: 'ń', Nacute: 'Ń', oacute: 'ó', Oacute: 'Ó',
  sacute: 'ś', Sacute: 'Ś', zacute: 'ź', Zacute: 'Ź', zdotaccent: 'ż', Zdotaccent: 'Ż', fi: 'fi', fl: 'fl', ff: 'ff', ffi: 'ffi', ffl: 'ffl', dagger: '†',
};
for (let c = 0x41; c <= 0x5a; c++) GLYPHS[String.fromCharCode(c)] = String.fromCharCode(c);
for (let c = 0x61; c <= 0x7a; c++) GLYPHS[String.fromCharCode(c)] = String.fromCharCode(c);

function glyphUnicode(name: string): string {
  const known = GLYPHS[name];
  if (known !== undefined) return known;
  const uni = /^uni([0-9A-F]{4})$/.exec(name) ?? /^u([0-9A-F]{4,6})$/.exec(name);
  if (uni) return String.fromCodePoint(parseInt(uni[1]!, 16));
  return unsupported(`glyph ${name}`);
}

/**
 * WinAnsiEncoding (ISO 32000-1 Annex D.2) above 0x7F where it differs from Latin-1: Windows-1252's characters at
 * 0x80–0x9F, the unused codes there as bullets, 0xA0 a space and 0xAD a hyphen (as the standard's table names
 * them). Written out: Node's TextDecoder decodes `windows-1252` as Latin-1.
 */
const WIN_ANSI_HIGH: Record<number, string> = {
  0x7f: '•', 0x80: '€', 0x81: '•', 0x82: '‚', 0x83: 'ƒ', 0x84: '„', 0x85: '…', 0x86: '†', 0x87: '‡', 0x88: 'ˆ', 0x89: '‰', 0x8a: 'Š', 0x8b: '‹', 0x8c: 'Œ',
  0x8d: '•', 0x8e: 'Ž', 0x8f: '•', 0x90: '•', 0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x95: '•', 0x96: '–', 0x97: '—', 0x98: '˜', 0x99: '™', 0x9a: 'š',
  0x9b: '›', 0x9c: 'œ', 0x9d: '•', 0x9e: 'ž', 0x9f: 'Ÿ', 0xa0: ' ', 0xad: '-',
};
const MAC_ROMAN = new TextDecoder('macintosh');

/** The base encoding of a simple font (§9.6.6.1, Annex D): code → Unicode. */
function baseEncoding(name: string | null): (code: number) => string | undefined {
  if (name === 'WinAnsiEncoding') return (c) => (c < 0x20 ? undefined : (WIN_ANSI_HIGH[c] ?? String.fromCharCode(c)));
  if (name === 'MacRomanEncoding') return (c) => (c >= 0x20 && c !== 0x7f ? MAC_ROMAN.decode(new Uint8Array([c])) : undefined);
  return unsupported(`encoding ${name ?? 'built-in'}`);
}

/** A ToUnicode CMap (§9.10.3): code → Unicode, and the byte lengths of its codes. */
function parseToUnicode(data: Uint8Array): { map: Map<number, string>; bytes: Set<number> } {
  const p = new Parser(data);
  const map = new Map<number, string>();
  const bytes = new Set<number>();
  const utf16 = (s: Str): string => {
    let out = '';
    for (let i = 0; i + 1 < s.bytes.length; i += 2) out += String.fromCharCode((s.bytes[i]! << 8) | s.bytes[i + 1]!);
    if (s.bytes.length === 1) out = String.fromCharCode(s.bytes[0]!);
    return out;
  };
  const code = (s: Str): number => s.bytes.reduce((n, x) => n * 256 + x, 0);
  const stack: (Value | Op)[] = [];
  for (let t = p.next(); t !== undefined; t = p.next()) {
    if (!(t instanceof Op)) {
      stack.push(t);
      continue;
    }
    if (t.op === 'usecmap') unsupported('usecmap');
    if (t.op === 'endcodespacerange') {
      for (let i = 0; i + 1 < stack.length; i += 2) if (stack[i] instanceof Str) bytes.add((stack[i] as Str).bytes.length);
    } else if (t.op === 'endbfchar') {
      for (let i = 0; i + 1 < stack.length; i += 2) {
        const [src, dst] = [stack[i], stack[i + 1]];
        if (src instanceof Str && dst instanceof Str) map.set(code(src), utf16(dst));
      }
    } else if (t.op === 'endbfrange') {
      for (let i = 0; i + 2 < stack.length; i += 3) {
        const [lo, hi, dst] = [stack[i], stack[i + 1], stack[i + 2]];
        if (!(lo instanceof Str) || !(hi instanceof Str)) continue;
        const a = code(lo);
        const z = code(hi);
        if (z - a > 65_535) unsupported('bfrange');
        if (Array.isArray(dst)) dst.forEach((d, k) => d instanceof Str && map.set(a + k, utf16(d)));
        else if (dst instanceof Str) {
          const base = utf16(dst);
          const last = base.charCodeAt(base.length - 1);
          for (let c = a; c <= z; c++) map.set(c, base.slice(0, -1) + String.fromCharCode(last + (c - a)));
        }
      }
    }
    stack.length = 0;
  }
  return { map, bytes };
}

interface Font {
  /** Code length in bytes. */
  codeBytes: 1 | 2;
  unicode(code: number): string;
  /** Advance of a code in thousandths of text space units. */
  width(code: number): number;
}

function loadFont(objs: Objects, dict: Dict): Font {
  const subtype = nameOf(objs.resolve(dict.get('Subtype')));
  const toUni = objs.resolve(dict.get('ToUnicode'));
  const cmap = toUni instanceof StreamObj ? parseToUnicode(objs.streamData(toUni.stream)) : null;
  if (subtype === 'Type0') {
    if (nameOf(objs.resolve(dict.get('Encoding'))) !== 'Identity-H') unsupported('CID encoding');
    if (!cmap) unsupported('CID font without ToUnicode');
    const desc = objs.dict((objs.resolve(dict.get('DescendantFonts')) as Value[] | null)?.[0]);
    if (!desc) return unsupported('descendant font');
    const dw = num(objs.resolve(desc.get('DW')), 1000);
    const widths = new Map<number, number>();
    const w = objs.resolve(desc.get('W'));
    if (Array.isArray(w)) {
      for (let i = 0; i < w.length; ) {
        const first = objs.resolve(w[i]);
        const second = objs.resolve(w[i + 1]);
        if (typeof first !== 'number') break;
        if (Array.isArray(second)) {
          second.forEach((x, k) => widths.set(first + k, num(objs.resolve(x), dw)));
          i += 2;
        } else {
          const width = num(objs.resolve(w[i + 2]), dw);
          if (typeof second !== 'number' || second - first > 65_535) break;
          for (let c = first; c <= second; c++) widths.set(c, width);
          i += 3;
        }
      }
    }
    return {
      codeBytes: 2,
      unicode: (c) => cmap!.map.get(c) ?? unsupported(`code ${c} without Unicode`),
      width: (c) => widths.get(c) ?? dw,
    };
  }
  if (subtype !== 'TrueType' && subtype !== 'Type1' && subtype !== 'MMType1') return unsupported(`font ${subtype}`);
  if (cmap && [...cmap.bytes].some((n) => n !== 1)) unsupported('multi-byte simple font');
  const first = num(objs.resolve(dict.get('FirstChar')), 0);
  const widthsArr = objs.resolve(dict.get('Widths'));
  if (!Array.isArray(widthsArr)) return unsupported('simple font without widths');
  const descriptor = objs.dict(dict.get('FontDescriptor'));
  const missing = num(objs.resolve(descriptor?.get('MissingWidth')), 0);
  const widths = widthsArr.map((x) => num(objs.resolve(x), missing));
  let encode: ((code: number) => string | undefined) | null = null;
  const enc = objs.resolve(dict.get('Encoding'));
  const symbolic = (num(objs.resolve(descriptor?.get('Flags')), 0) & 4) !== 0;
  const lazyBase = (name: string | null): ((code: number) => string | undefined) => {
    let base: ((code: number) => string | undefined) | null = null;
    return (c) => (base ??= baseEncoding(name))(c);
  };
  if (enc instanceof Name) encode = lazyBase(enc.name);
  else if (enc instanceof Map) {
    const base = lazyBase(nameOf(objs.resolve(enc.get('BaseEncoding'))) ?? (symbolic ? null : 'WinAnsiEncoding'));
    const diffs = new Map<number, string>();
    const d = objs.resolve(enc.get('Differences'));
    if (Array.isArray(d)) {
      let at = 0;
      for (const x of d) {
        const v = objs.resolve(x);
        if (typeof v === 'number') at = v;
        else if (v instanceof Name) diffs.set(at++, v.name);
      }
    }
    encode = (c) => (diffs.has(c) ? glyphUnicode(diffs.get(c)!) : base(c));
  } else if (!symbolic && subtype === 'TrueType') encode = lazyBase('WinAnsiEncoding');
  return {
    codeBytes: 1,
    unicode: (c) => cmap?.map.get(c) ?? (encode ? encode(c) : undefined) ?? unsupported(`code ${c} without Unicode`),
    width: (c) => widths[c - first] ?? missing,
  };
}

// --- the content interpreter ---

type Matrix = [number, number, number, number, number, number];
const mul = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2],
  m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2],
  m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4],
  m[4] * n[1] + m[5] * n[3] + n[5],
];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

interface GState {
  ctm: Matrix;
  font: Font | null;
  size: number;
  charSpacing: number;
  wordSpacing: number;
  hScale: number;
  leading: number;
  rise: number;
}

/** Ranges pdfjs folds with NFKC in text items (ligatures, compatibility spaces): pdfjs `normalizeUnicode`. */
const NORMALIZE = /[\u00a0\u00b5\u037e\u0eb3\u2000-\u200a\u202f\u2126\ufb00-\ufb04\ufb06]+/g;
const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/;

/** The text item being built: glyphs on one baseline, in one font, close enough to be one run. */
interface Run {
  str: string;
  transform: Matrix;
  /** Where the last glyph that is not a space ended, on the page. */
  endX: number;
  endY: number;
  /** Font size on the page (the run's em) and the font it was shown in. */
  em: number;
  font: Font;
  size: number;
  /** A space glyph was passed since the last glyph. */
  space: boolean;
}

/**
 * Builds items as pdfjs's `getTextContent` does for horizontal text (its `compareWithLastPosition` and
 * `addFakeSpaces`): space glyphs are not text but distance; one space is kept between words of a run (a gap of
 * 0.102–0.6 em, or a space glyph passed); a run ends where the next glyph stands more than 0.6 em away (a blank
 * item then stands in the gap), behind it or off its baseline, or in another font or size.
 */
class PageReader {
  readonly items: TextItemLike[] = [];
  private readonly fonts = new Map<Dict, Font>();
  private run_: Run | null = null;
  ops = 0;

  constructor(
    private readonly objs: Objects,
    private readonly maxOps: number,
    /** The page's visible box [x0, y0, x1, y1]: glyphs outside it are not text (as in pdfjs). */
    private readonly view: [number, number, number, number],
  ) {}

  private font(resources: Dict | null, name: string): Font {
    const fonts = this.objs.dict(resources?.get('Font'));
    const dict = this.objs.dict(fonts?.get(name));
    if (!dict) return unsupported(`font ${name} missing`);
    let f = this.fonts.get(dict);
    if (!f) {
      f = loadFont(this.objs, dict);
      this.fonts.set(dict, f);
    }
    return f;
  }

  /** Ends the run being built and keeps it as an item. */
  flush(): void {
    const r = this.run_;
    this.run_ = null;
    if (!r || !r.str) return;
    this.items.push({
      str: r.str.replace(NORMALIZE, (x) => x.normalize('NFKC')),
      transform: r.transform,
      width: Math.abs(r.endX - r.transform[4]!),
      height: Math.abs(r.transform[3]!),
    });
  }

  /**
   * One glyph starting at (`x`, `y`) on the page, `advance` wide there, `text` its Unicode; `trm` the text
   * rendering matrix of the show it belongs to (its scale; e, f are taken from x, y).
   */
  private glyph(text: string, x: number, y: number, trm: Matrix, advance: number, font: Font, size: number): void {
    const [x0, y0, x1, y1] = this.view;
    if (x + advance < x0 || x > x1 || y < y0 || y > y1) return;
    const white = text === ' ' || /^\s+$/.test(text);
    let r = this.run_;
    if (r && (r.font !== font || r.size !== size)) {
      this.flush();
      r = null;
    }
    if (r) {
      const gap = (x - r.endX) / r.em;
      if (Math.abs(y - r.endY) > r.em * 0.25 || gap < -0.2) {
        this.flush();
        r = null;
      } else if (gap > 0.6 && !white) {
        // far along the line: pdfjs ends the run and stands one blank item in the gap
        const { endX, endY } = r;
        this.flush();
        this.items.push({ str: ' ', transform: [trm[0], trm[1], trm[2], trm[3], endX, endY], width: x - endX, height: Math.abs(trm[3]) });
        r = null;
      } else if (white) {
        // a space is distance, not text: the run's end stays at its last glyph
        r.space = true;
        return;
      } else if (r.space || gap > 0.102) r.str += ' ';
    }
    if (white) return;
    if (!r) {
      r = { str: '', transform: [trm[0], trm[1], trm[2], trm[3], x, y], endX: x, endY: y, em: Math.hypot(trm[2], trm[3]) || 1, font, size, space: false };
      this.run_ = r;
    }
    r.str += text;
    r.space = false;
    r.endX = x + advance;
    r.endY = y;
  }

  run(content: Uint8Array, resources: Dict | null, gs0: GState, depth: number): void {
    const p = new Parser(content);
    let gs: GState = { ...gs0 };
    const stack: GState[] = [];
    let tm: Matrix = IDENTITY;
    let tlm: Matrix = IDENTITY;
    const args: Value[] = [];
    const n = (i: number): number => num(args[i], 0);
    const show = (s: Str): void => {
      const f = gs.font ?? unsupported('text without a font');
      // the text rendering matrix (§9.4.4); within one show only its translation moves, along the baseline
      const m = mul(tm, gs.ctm);
      const trm = mul([gs.size * gs.hScale, 0, 0, gs.size, 0, gs.rise], m);
      if (trm[1] !== 0 || trm[2] !== 0 || trm[0] < 0 || trm[3] < 0) unsupported('rotated or mirrored text');
      const scale = Math.hypot(m[0], m[1]);
      let x = trm[4];
      let y = trm[5];
      let moved = 0;
      const b = s.bytes;
      for (let i = 0; i + f.codeBytes <= b.length; i += f.codeBytes) {
        const code = f.codeBytes === 2 ? (b[i]! << 8) | b[i + 1]! : b[i]!;
        const text = f.unicode(code);
        if (RTL.test(text)) unsupported('right-to-left text');
        const w = (f.width(code) / 1000) * gs.size;
        const tx = (w + gs.charSpacing + (f.codeBytes === 1 && code === 32 ? gs.wordSpacing : 0)) * gs.hScale;
        this.glyph(text, x, y, trm, w * gs.hScale * scale, f, gs.size);
        x += tx * m[0];
        y += tx * m[1];
        moved += tx;
      }
      tm = [tm[0], tm[1], tm[2], tm[3], moved * tm[0] + tm[4], moved * tm[1] + tm[5]];
    };
    const newline = (tx: number, ty: number): void => {
      tlm = mul([1, 0, 0, 1, tx, ty], tlm);
      tm = tlm;
    };
    for (let t = p.next(); t !== undefined; t = p.next()) {
      if (!(t instanceof Op)) {
        args.push(t);
        continue;
      }
      if (++this.ops > this.maxOps) unsupported('operator limit');
      switch (t.op) {
        case 'q':
          if (stack.length > 64) unsupported('graphics state depth');
          stack.push(gs);
          gs = { ...gs };
          break;
        case 'Q':
          gs = stack.pop() ?? gs;
          break;
        case 'cm':
          gs.ctm = mul([n(0), n(1), n(2), n(3), n(4), n(5)], gs.ctm);
          break;
        case 'BT':
          tm = tlm = IDENTITY;
          break;
        case 'Tf': {
          const name = nameOf(args[0]);
          gs.font = name === null ? null : this.font(resources, name);
          gs.size = n(1);
          break;
        }
        case 'Tc':
          gs.charSpacing = n(0);
          break;
        case 'Tw':
          gs.wordSpacing = n(0);
          break;
        case 'Tz':
          gs.hScale = n(0) / 100;
          break;
        case 'TL':
          gs.leading = n(0);
          break;
        case 'Ts':
          gs.rise = n(0);
          break;
        case 'Td':
          newline(n(0), n(1));
          break;
        case 'TD':
          gs.leading = -n(1);
          newline(n(0), n(1));
          break;
        case 'Tm':
          tm = tlm = [n(0), n(1), n(2), n(3), n(4), n(5)];
          break;
        case 'T*':
          newline(0, -gs.leading);
          break;
        case 'Tj':
          if (args[0] instanceof Str) show(args[0]);
          break;
        case "'":
          newline(0, -gs.leading);
          if (args[0] instanceof Str) show(args[0]);
          break;
        case '"':
          gs.wordSpacing = n(0);
          gs.charSpacing = n(1);
          newline(0, -gs.leading);
          if (args[2] instanceof Str) show(args[2]);
          break;
        case 'TJ':
          if (Array.isArray(args[0])) {
            for (const e of args[0]) {
              if (e instanceof Str) show(e);
              else if (typeof e === 'number') tm = mul([1, 0, 0, 1, (-e / 1000) * gs.size * gs.hScale, 0], tm);
            }
          }
          break;
        case 'Do': {
          const name = nameOf(args[0]);
          const xobj = name === null ? null : this.objs.resolve(this.objs.dict(resources?.get('XObject'))?.get(name));
          if (xobj instanceof StreamObj && nameOf(this.objs.resolve(xobj.stream.dict.get('Subtype'))) === 'Form') {
            if (depth >= 8) unsupported('form depth');
            const m = this.objs.resolve(xobj.stream.dict.get('Matrix'));
            const matrix: Matrix = Array.isArray(m) && m.length === 6 ? (m.map((x) => num(this.objs.resolve(x), 0)) as Matrix) : IDENTITY;
            const own = this.objs.dict(xobj.stream.dict.get('Resources'));
            this.flush();
            this.run(this.objs.streamData(xobj.stream), own ?? resources, { ...gs, ctm: mul(matrix, gs.ctm) }, depth + 1);
            this.flush();
          }
          break;
        }
        case 'BI': {
          // inline image: its data run to whitespace + EI + whitespace
          const b = p.b;
          let i = p.pos;
          while (i < b.length && !(b[i] === 0x49 && b[i + 1] === 0x44 && WS[b[i + 2]!])) i++;
          i += 3;
          while (i < b.length && !(WS[b[i - 1]!] && b[i] === 0x45 && b[i + 1] === 0x49 && (i + 2 >= b.length || WS[b[i + 2]!]))) i++;
          p.pos = i + 2;
          break;
        }
        case 'd0':
        case 'd1':
          unsupported('Type 3 glyph');
          break;
        default:
        // other operators draw nothing a text layer holds
      }
      args.length = 0;
    }
  }
}

/** Limits of {@link readPdfText}. */
export interface PdfTextLimits {
  maxPages: number;
  maxOperatorsPerPage: number;
  maxStreamBytes: number;
}

/**
 * Reads the text items of every page of a PDF (see the module doc).
 * In: the file's bytes and limits. Out: the items per page in page order, or null when the file uses anything
 * this reader does not handle (the caller then reads it with pdfjs). Never throws.
 */
export function readPdfText(bytes: Uint8Array, limits: PdfTextLimits): TextItemLike[][] | null {
  try {
    const objs = new Objects(bytes, limits.maxStreamBytes);
    if (!objs.trailer) return unsupported("no trailer");
    if (objs.trailer.has("Encrypt")) return unsupported("encrypted");
    const catalog = objs.dict(objs.trailer.get('Root'));
    const root = objs.dict(catalog?.get('Pages'));
    if (!root) return unsupported("no page tree");
    const pages: { dict: Dict; resources: Dict | null; view: [number, number, number, number] }[] = [];
    const box = (v: Value | undefined): [number, number, number, number] | null => {
      const a = objs.resolve(v);
      if (!Array.isArray(a) || a.length !== 4) return null;
      const [p, q, r, t] = a.map((x) => num(objs.resolve(x), 0)) as [number, number, number, number];
      return [Math.min(p, r), Math.min(q, t), Math.max(p, r), Math.max(q, t)];
    };
    type Inherited = { resources: Dict | null; media: [number, number, number, number] | null; crop: [number, number, number, number] | null };
    const walk = (node: Dict, up: Inherited, depth: number, seen: Set<Dict>): void => {
      if (depth > 32 || seen.has(node)) unsupported('page tree');
      seen.add(node);
      const here: Inherited = {
        resources: objs.dict(node.get('Resources')) ?? up.resources,
        media: box(node.get('MediaBox')) ?? up.media,
        crop: box(node.get('CropBox')) ?? up.crop,
      };
      const resources = here.resources;
      const kids = objs.resolve(node.get('Kids'));
      if (nameOf(objs.resolve(node.get('Type'))) === 'Pages' || Array.isArray(kids)) {
        if (!Array.isArray(kids)) return unsupported('page tree');
        for (const k of kids) {
          const kid = objs.dict(k);
          if (kid) walk(kid, here, depth + 1, seen);
        }
      } else {
        // the visible box: the crop box within the media box (pdfjs `Page.view`), US Letter when neither is given
        const media = here.media ?? [0, 0, 612, 792];
        const crop = here.crop ?? media;
        const view: [number, number, number, number] = [Math.max(media[0], crop[0]), Math.max(media[1], crop[1]), Math.min(media[2], crop[2]), Math.min(media[3], crop[3])];
        pages.push({ dict: node, resources, view: view[2] > view[0] && view[3] > view[1] ? view : media });
        if (pages.length > limits.maxPages) unsupported('page limit');
      }
    };
    walk(root, { resources: null, media: null, crop: null }, 0, new Set());
    const out: TextItemLike[][] = [];
    for (const page of pages) {
      const reader = new PageReader(objs, limits.maxOperatorsPerPage, page.view);
      const contents = objs.resolve(page.dict.get('Contents'));
      const streams = Array.isArray(contents) ? contents.map((c) => objs.resolve(c)) : [contents];
      const parts: Uint8Array[] = [];
      for (const s of streams) if (s instanceof StreamObj) parts.push(objs.streamData(s.stream), new Uint8Array([10]));
      const content = Buffer.concat(parts);
      reader.run(content, page.resources, { ctm: IDENTITY, font: null, size: 0, charSpacing: 0, wordSpacing: 0, hScale: 1, leading: 0, rise: 0 }, 0);
      reader.flush();
      out.push(reader.items);
    }
    return out;
  } catch {
    // Unsupported, or anything this reader did not expect: pdfjs reads the file instead
    return null;
  }
}
