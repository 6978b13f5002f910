/**
 * PDFs shaped like Microsoft Word's "Save as PDF", written here for the PDF readers' tests (no Word on the test
 * machine): a simple TrueType font in WinAnsiEncoding with widths and no ToUnicode for the Latin-1 text, a CID font
 * (Type0, Identity-H) with a ToUnicode map and a W array for the Polish letters outside WinAnsi, lines set with TJ
 * arrays (kerning numbers inside words, justification by wider gaps), marked content (`/P <</MCID n>> BDC … EMC`),
 * and — with `compressed` — the fonts and pages in an object stream with a cross-reference stream (PDF 1.5+).
 * No font programs are embedded: readers take the widths from the dictionaries.
 */
import { deflateSync } from 'node:zlib';

const WIN_ANSI_EXTRA: Record<string, number> = { '„': 0x84, '”': 0x94, '–': 0x96, '—': 0x97, '’': 0x92, '…': 0x85 };

/** Whether a character has a WinAnsi code (then the simple font shows it). */
function winAnsi(c: string): number | null {
  const code = c.charCodeAt(0);
  if (code >= 0x20 && code < 0x7f) return code;
  if (code >= 0xa0 && code <= 0xff) return code;
  return WIN_ANSI_EXTRA[c] ?? null;
}

/**
 * A Word-like PDF of `lines` (one line of text each; pages of 40 lines).
 * In: the lines; `compressed` puts objects in an object stream with a cross-reference stream.
 */
export function wordLikePdf(lines: string[], options: { compressed?: boolean } = {}): Uint8Array {
  const cids = new Map<string, number>();
  const cidOf = (c: string): number => {
    if (!cids.has(c)) cids.set(c, cids.size + 1);
    return cids.get(c)!;
  };
  const hex = (n: number): string => n.toString(16).padStart(4, '0').toUpperCase();
  const esc = (code: number): string => (code === 0x28 || code === 0x29 || code === 0x5c ? `\\${String.fromCharCode(code)}` : code < 0x80 ? String.fromCharCode(code) : `\\${code.toString(8)}`);
  // a line as TJ arrays: runs of WinAnsi text in F1, the rest in F2; a kerning number inside every long word
  const show = (line: string): string => {
    const out: string[] = [];
    let i = 0;
    while (i < line.length) {
      const simple = winAnsi(line[i]!) !== null;
      let j = i;
      while (j < line.length && (winAnsi(line[j]!) !== null) === simple) j++;
      const run = line.slice(i, j);
      if (simple) {
        const parts = run.split(/(?<=\S{3})(?=\S{3})/);
        out.push(`/F1 11 Tf [${parts.map((p) => `(${[...p].map((c) => esc(winAnsi(c)!)).join('')})`).join(' -12 ')}] TJ`);
      } else out.push(`/F2 11 Tf [<${[...run].map((c) => hex(cidOf(c))).join('')}>] TJ`);
      i = j;
    }
    return out.join(' ');
  };
  const pages: string[] = [];
  for (let p = 0; p * 40 < Math.max(1, lines.length); p++) {
    const body = lines
      .slice(p * 40, p * 40 + 40)
      .map((l, k) => `/P <</MCID ${k}>> BDC BT 1 0 0 1 70.8 ${(780 - k * 18).toFixed(1)} Tm 0 g ${show(l)} ET EMC`)
      .join('\n');
    pages.push(body);
  }
  const toUnicode = `/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Adobe-Identity-UCS def /CMapType 2 def
1 begincodespacerange <0000> <FFFF> endcodespacerange
${cids.size} beginbfchar
${[...cids].map(([c, id]) => `<${hex(id)}> <${hex(c.charCodeAt(0))}>`).join('\n')}
endbfchar endcmap CMapName currentdict /CMap defineresource pop end end`;
  const widths = Array.from({ length: 224 }, (_, k) => (k === 0 ? 250 : 500)).join(' ');
  // object numbers: 1 catalog, 2 pages, 3 F1, 4 F2, 5 CIDFont, 6 descriptor, 7 ToUnicode (stream), then pages/contents
  const dicts = new Map<number, string>([
    [1, '<< /Type /Catalog /Pages 2 0 R >>'],
    [2, `<< /Type /Pages /Kids [${pages.map((_, k) => `${8 + k * 2} 0 R`).join(' ')}] /Count ${pages.length} >>`],
    [3, `<< /Type /Font /Subtype /TrueType /BaseFont /TimesNewRomanPSMT /FirstChar 32 /LastChar 255 /Widths [${widths}] /Encoding /WinAnsiEncoding /FontDescriptor 6 0 R >>`],
    [4, '<< /Type /Font /Subtype /Type0 /BaseFont /TimesNewRomanPSMT /Encoding /Identity-H /DescendantFonts [5 0 R] /ToUnicode 7 0 R >>'],
    [5, `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /TimesNewRomanPSMT /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 6 0 R /DW 1000 /W [1 [${[...cids].map(() => 500).join(' ')}]] >>`],
    [6, '<< /Type /FontDescriptor /FontName /TimesNewRomanPSMT /Flags 32 /FontBBox [-568 -216 2046 693] /ItalicAngle 0 /Ascent 891 /Descent -216 /CapHeight 662 /StemV 80 >>'],
  ]);
  pages.forEach((_, k) => dicts.set(8 + k * 2, `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.32 841.92] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> /ProcSet [/PDF /Text] >> /Contents ${9 + k * 2} 0 R /StructParents ${k} >>`));
  const streams = new Map<number, Uint8Array>([[7, new Uint8Array(Buffer.from(toUnicode, 'latin1'))]]);
  pages.forEach((c, k) => streams.set(9 + k * 2, new Uint8Array(Buffer.from(c, 'latin1'))));
  const size = 8 + pages.length * 2 + (options.compressed ? 2 : 0);
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xb5\xb5\xb5\xb5\n', 'latin1')];
  let length = parts[0]!.length;
  const offsets: { num: number; at: number; stm?: number; index?: number }[] = [];
  const push = (s: string | Uint8Array): void => {
    const b = typeof s === 'string' ? Buffer.from(s, 'latin1') : Buffer.from(s);
    parts.push(b);
    length += b.length;
  };
  const streamObj = (num: number, dict: string, data: Uint8Array): void => {
    const z = deflateSync(data);
    offsets.push({ num, at: length });
    push(`${num} 0 obj\n<< ${dict} /Filter /FlateDecode /Length ${z.length} >>\nstream\n`);
    push(z);
    push('\nendstream\nendobj\n');
  };
  for (const [num, data] of streams) streamObj(num, '', data);
  if (!options.compressed) {
    for (const [num, d] of dicts) {
      offsets.push({ num, at: length });
      push(`${num} 0 obj\n${d}\nendobj\n`);
    }
    const xref = length;
    const byNum = new Map(offsets.map((o) => [o.num, o.at]));
    let table = `xref\n0 ${size}\n0000000000 65535 f \n`;
    for (let n = 1; n < size; n++) table += byNum.has(n) ? `${String(byNum.get(n)).padStart(10, '0')} 00000 n \n` : '0000000000 65535 f \n';
    push(`${table}trailer\n<< /Size ${size} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  } else {
    // every dictionary in one object stream (number size - 2), then a cross-reference stream (size - 1)
    const stm = size - 2;
    let head = '';
    let body = '';
    const inStream = [...dicts];
    inStream.forEach(([num, d], k) => {
      head += `${num} ${body.length} `;
      body += `${d}\n`;
      offsets.push({ num, at: -1, stm, index: k });
    });
    streamObj(stm, `/Type /ObjStm /N ${inStream.length} /First ${head.length}`, new Uint8Array(Buffer.from(head + body, 'latin1')));
    const xrefAt = length;
    offsets.push({ num: size - 1, at: xrefAt });
    const rows = Buffer.alloc(size * 7);
    for (let n = 0; n < size; n++) {
      const o = offsets.find((x) => x.num === n);
      const row = n * 7;
      if (!o) rows.writeUInt8(0, row);
      else if (o.stm !== undefined) {
        rows.writeUInt8(2, row);
        rows.writeUInt32BE(o.stm, row + 1);
        rows.writeUInt16BE(o.index!, row + 5);
      } else {
        rows.writeUInt8(1, row);
        rows.writeUInt32BE(o.at, row + 1);
        rows.writeUInt16BE(0, row + 5);
      }
    }
    const z = deflateSync(rows);
    push(`${size - 1} 0 obj\n<< /Type /XRef /Size ${size} /W [1 4 2] /Root 1 0 R /Filter /FlateDecode /Length ${z.length} >>\nstream\n`);
    push(z);
    push(`\nendstream\nendobj\nstartxref\n${xrefAt}\n%%EOF\n`);
  }
  return new Uint8Array(Buffer.concat(parts));
}
