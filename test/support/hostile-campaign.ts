/**
 * The hostile-file campaign's inputs (issue 15, helper H): hand-made hostile and odd files of every kind a user can
 * give the app (DOCX, PDF, HTML, ZIP containers, XML parts, order files, text), plus seeded mutations of real
 * documents made from the fixture orders: the app's own DOCX export, pandoc's and LibreOffice's DOCX, LibreOffice's
 * PDF, a web copy in HTML and the app's order file. Every input says what the answer must be:
 * - `import`: the file is odd but readable (a web copy in Windows-1250 without its meta, UTF-16 without a BOM, a
 *   ZIP with data descriptors): the import must succeed and keep every word of `keeps`;
 * - `refuse`: the import must refuse it with one Polish line (matching `says` when given);
 * - `answer`: either (a random mutation): an order or one Polish line, never a crash, a hang or a runaway.
 * Nothing large is checked in: the inputs are built here, deterministically from a seed. The runner is
 * `test/fuzz/campaign.ts` (the whole campaign, every entry point) and `test/unit/readers/campaign.test.ts` (a
 * bounded sample in CI).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { orderDocx } from '../../core/docx/index.js';
import { importText } from '../../core/import/index.js';
import { OrderFile } from '../../core/model/order-file.js';
import { fixtureOrders } from '../unit/fixtures.js';
import { destructive, docxOf } from './fuzz.js';
import { rng } from './generate-order.js';
import { docxPackage, pdfDocument, SHORT_ORDER, textContent, wDocument, wParagraph, zlibRepeated } from './hostile.js';

/** What a campaign input must give (see the module doc). */
export type CampaignWant = 'import' | 'refuse' | 'answer';

/** One input of the campaign. */
export interface CampaignCase {
  /** File name; its extension picks the reader. Unique in a campaign. */
  name: string;
  family: 'docx' | 'pdf' | 'html' | 'zip' | 'xml' | 'json' | 'txt';
  bytes: Uint8Array;
  want: CampaignWant;
  /** For `import`: the text whose every word must be in the imported order. */
  keeps?: string;
  /** For `refuse`: what the Polish line must say. */
  says?: RegExp;
}

/** Real documents the mutations start from. */
export interface CampaignMaterials {
  /** The fixture order's text (the short one, 3842). */
  text: string;
  /** The order file (`.json`) of an order with units (fixture 3468) as the app saves it, and that order's text. */
  orderJson: string;
  orderText: string;
  /** Its DOCX from the app's exporter (`core/docx`). */
  appDocx: Uint8Array;
  /** One paragraph per line (`test/support/fuzz.ts`). */
  plainDocx: Uint8Array;
  /** pandoc's DOCX of the text, when pandoc runs. */
  pandocDocx: Uint8Array | null;
  /** LibreOffice's DOCX of the text and its PDF of the app's DOCX, when soffice runs. */
  officeDocx: Uint8Array | null;
  officePdf: Uint8Array | null;
  /** A web copy of the order: the page of the city's bulletin, in UTF-8. */
  html: string;
}

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const latin1 = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'latin1'));
const SHORT_TEXT = SHORT_ORDER.join('\n');

/** A web copy of an order's text: the bulletin's page furniture around one `<p>` per line. */
export function htmlOf(text: string, head = '<meta charset="utf-8">'): string {
  const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const body = text
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => `<p>${esc(l)}</p>`)
    .join('\n');
  return `<!DOCTYPE html><html lang="pl"><head>${head}<title>BIP Kraków</title></head><body><nav><a href="/">Strona główna</a></nav><main>${body}</main><footer>Urząd Miasta Krakowa</footer></body></html>`;
}

/** Bytes of `text` in Windows-1250 or ISO-8859-2 (Polish letters and the quotes the orders use). */
export function polishBytes(text: string, charset: 'windows-1250' | 'iso-8859-2'): Uint8Array {
  const shared: Record<string, number> = { ę: 0xea, ł: 0xb3, ń: 0xf1, ó: 0xf3, ć: 0xe6, Ę: 0xca, Ł: 0xa3, Ń: 0xd1, Ó: 0xd3, Ć: 0xc6, '§': 0xa7 };
  const cp: Record<string, number> =
    charset === 'windows-1250'
      ? { ...shared, ą: 0xb9, ś: 0x9c, ź: 0x9f, ż: 0xbf, Ą: 0xa5, Ś: 0x8c, Ź: 0x8f, Ż: 0xaf, '„': 0x84, '”': 0x94, '–': 0x96 }
      : { ...shared, ą: 0xb1, ś: 0xb6, ź: 0xbc, ż: 0xbf, Ą: 0xa1, Ś: 0xa6, Ź: 0xac, Ż: 0xaf };
  const fold: Record<string, string> = { '„': '"', '”': '"', '–': '-' };
  return new Uint8Array([...text].map((c) => cp[c] ?? (c.charCodeAt(0) < 128 ? c.charCodeAt(0) : (fold[c] ?? '?').charCodeAt(0))));
}

/** UTF-16 bytes of `text`, little- or big-endian, with or without a BOM. */
export function utf16Bytes(text: string, le: boolean, bom: boolean): Uint8Array {
  const body = Buffer.from(text, 'utf16le');
  if (!le) body.swap16();
  return bom ? new Uint8Array([...(le ? [0xff, 0xfe] : [0xfe, 0xff]), ...body]) : new Uint8Array(body);
}

/** One entry of {@link zipOf}: what is stored, and how the headers describe it. */
export interface CampaignZipEntry {
  name: string;
  data: Uint8Array;
  /** Bit 3: sizes and CRC in a data descriptor after the data, zeros in the local header (a streaming writer). */
  descriptor?: boolean;
  /** ZIP64 extra fields with the real sizes, 0xFFFFFFFF in the 32-bit fields (some writers do it for any size). */
  zip64?: boolean;
  /** Stored (method 0) instead of deflated. */
  stored?: boolean;
  /** Uncompressed size the headers declare instead of the real one. */
  declaredSize?: number;
}

const u16 = (n: number): number[] => [n & 0xff, (n >>> 8) & 0xff];
const u32 = (n: number): number[] => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];
const u64 = (n: number): number[] => [...u32(n % 2 ** 32), ...u32(Math.floor(n / 2 ** 32))];

/**
 * A ZIP archive written byte by byte (APPNOTE 6.3: §4.3.7 local header, §4.3.9 data descriptor, §4.3.12 central
 * header, §4.5.3 ZIP64 extra field, §4.3.14–16 ZIP64 end records), with the header shapes other writers use.
 * `zip64End`: end the archive with the ZIP64 end record and locator, the 32-bit end record's fields all 0xFF….
 */
export function zipOf(entries: CampaignZipEntry[], options: { zip64End?: boolean; comment?: string } = {}): Uint8Array {
  const out: number[] = [];
  const central: number[] = [];
  const push = (target: number[], bytes: ArrayLike<number>): void => {
    for (let i = 0; i < bytes.length; i++) target.push(bytes[i]!);
  };
  for (const e of entries) {
    const name = enc(e.name);
    const body = e.stored ? e.data : deflateRawSync(e.data);
    const method = e.stored ? 0 : 8;
    const crc = crc32(e.data) >>> 0;
    const size = e.declaredSize ?? e.data.length;
    const flags = 0x800 | (e.descriptor ? 0x8 : 0);
    const at = out.length;
    const localExtra = e.zip64 ? [...u16(1), ...u16(16), ...u64(size), ...u64(body.length)] : [];
    const small = (n: number): number => (e.zip64 ? 0xffffffff : n);
    push(out, [...u32(0x04034b50), ...u16(e.zip64 ? 45 : 20), ...u16(flags), ...u16(method), ...u16(0), ...u16(0x21)]);
    push(out, e.descriptor ? [...u32(0), ...u32(e.zip64 ? 0xffffffff : 0), ...u32(e.zip64 ? 0xffffffff : 0)] : [...u32(crc), ...u32(small(body.length)), ...u32(small(size))]);
    push(out, [...u16(name.length), ...u16(localExtra.length)]);
    push(out, name);
    push(out, localExtra);
    push(out, body);
    if (e.descriptor) push(out, [...u32(0x08074b50), ...u32(crc), ...(e.zip64 ? [...u64(body.length), ...u64(size)] : [...u32(body.length), ...u32(size)])]);
    const centralExtra = e.zip64 ? [...u16(1), ...u16(24), ...u64(size), ...u64(body.length), ...u64(at)] : [];
    push(central, [...u32(0x02014b50), ...u16(e.zip64 ? 45 : 20), ...u16(e.zip64 ? 45 : 20), ...u16(flags), ...u16(method), ...u16(0), ...u16(0x21)]);
    push(central, [...u32(crc), ...u32(small(body.length)), ...u32(small(size)), ...u16(name.length), ...u16(centralExtra.length), ...u16(0), ...u16(0), ...u16(0), ...u32(0)]);
    push(central, [...u32(small(at)), ...name, ...centralExtra]);
  }
  const cdOffset = out.length;
  push(out, central);
  const comment = enc(options.comment ?? '');
  if (options.zip64End) {
    const end64 = out.length;
    push(out, [...u32(0x06064b50), ...u64(44), ...u16(45), ...u16(45), ...u32(0), ...u32(0), ...u64(entries.length), ...u64(entries.length), ...u64(central.length), ...u64(cdOffset)]);
    push(out, [...u32(0x07064b50), ...u32(0), ...u64(end64), ...u32(1)]);
    push(out, [...u32(0x06054b50), ...u16(0xffff), ...u16(0xffff), ...u16(0xffff), ...u16(0xffff), ...u32(0xffffffff), ...u32(0xffffffff), ...u16(comment.length), ...comment]);
  } else {
    push(out, [...u32(0x06054b50), ...u16(0), ...u16(0), ...u16(entries.length), ...u16(entries.length), ...u32(central.length), ...u32(cdOffset), ...u16(comment.length), ...comment]);
  }
  return new Uint8Array(out);
}

/** The package parts and a `document.xml` of the given body XML, as {@link zipOf} entries. */
function docxEntries(documentXml: string, extra: Record<string, string | Uint8Array> = {}): CampaignZipEntry[] {
  const parts: Record<string, string | Uint8Array> = { ...docxPackage(), 'word/document.xml': documentXml, ...extra };
  return Object.entries(parts).map(([name, v]) => ({ name, data: typeof v === 'string' ? enc(v) : v }));
}
const docx = (documentXml: string, extra: Record<string, string | Uint8Array> = {}): Uint8Array =>
  zipSync(Object.fromEntries(docxEntries(documentXml, extra).map((e) => [e.name, e.data])));
const shortBody = (): string => SHORT_ORDER.map((l) => wParagraph(l)).join('');
const W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A `document.xml` with a DOCTYPE before the root (entities, external references). */
const withDoctype = (doctype: string, body: string): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${doctype}<w:document ${W_NS}><w:body>${body}</w:body></w:document>`;

/** A hand-written PDF: `objects` numbered from 1, a correct cross-reference table unless `xref` is false. */
export function rawPdf(objects: (string | Uint8Array)[], trailerExtra = '', options: { xref?: boolean; header?: string } = {}): Uint8Array {
  const parts: Uint8Array[] = [latin1(options.header ?? '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')];
  let length = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(length);
    const body = typeof o === 'string' ? latin1(o) : o;
    for (const p of [latin1(`${i + 1} 0 obj\n`), body, latin1('\nendobj\n')]) {
      parts.push(p);
      length += p.length;
    }
  });
  const xref = length;
  const table =
    options.xref === false
      ? ''
      : `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  parts.push(latin1(`${table}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra}>>\nstartxref\n${options.xref === false ? 0 : xref}\n%%EOF\n`));
  return Buffer.concat(parts);
}

const pdfStream = (dict: string, data: string | Uint8Array): Uint8Array => {
  const d = typeof data === 'string' ? latin1(data) : data;
  return Buffer.concat([latin1(`<< ${dict} /Length ${d.length} >>\nstream\n`), d, latin1('\nendstream')]);
};
const onePage = (content: string | Uint8Array, resources = '<< /Font << /F1 3 0 R >> >>', font = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'): (string | Uint8Array)[] => [
  '<< /Type /Catalog /Pages 2 0 R >>',
  '<< /Type /Pages /Kids [4 0 R] /Count 1 >>',
  font,
  `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources ${resources} /Contents 5 0 R >>`,
  pdfStream('', content),
];
const shortContent = (): string => textContent(SHORT_ORDER);

/** Cuts `bytes` at the given fractions of its length. */
const cuts = (bytes: Uint8Array, fractions: number[]): [string, Uint8Array][] => fractions.map((f) => [`cut-${Math.round(f * 100)}`, bytes.subarray(0, Math.floor(bytes.length * f))]);

/** The hand-made hostile files, by family (see the module doc for `want`). */
export function hostileCases(m: CampaignMaterials): CampaignCase[] {
  const cases: CampaignCase[] = [];
  const add = (family: CampaignCase['family'], name: string, bytes: Uint8Array | string, want: CampaignWant, extra: { keeps?: string; says?: RegExp } = {}): void => {
    cases.push({ family, name, bytes: typeof bytes === 'string' ? enc(bytes) : bytes, want, ...extra });
  };
  const text = m.text;

  // ---- XML inside a DOCX
  const laughs = `<!DOCTYPE w:document [<!ENTITY l0 "hahahahahahahahahaha">${Array.from({ length: 9 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join('')}]>`;
  add('xml', 'billion-laughs.docx', docx(withDoctype(laughs, `${shortBody()}<w:p><w:r><w:t>&l9;</w:t></w:r></w:p>`)), 'answer');
  add('xml', 'quadratic-blowup.docx', docx(withDoctype(`<!DOCTYPE w:document [<!ENTITY a "${'a'.repeat(50_000)}">]>`, `${shortBody()}<w:p><w:r><w:t>${'&a;'.repeat(50_000)}</w:t></w:r></w:p>`)), 'answer');
  add('xml', 'external-entity.docx', docx(withDoctype('<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>', `${shortBody()}<w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>`)), 'answer');
  add('xml', 'external-dtd.docx', docx(withDoctype('<!DOCTYPE w:document SYSTEM "http://127.0.0.1:9/evil.dtd">', shortBody())), 'answer');
  add('xml', 'doctype-plain.docx', docx(withDoctype('<!DOCTYPE w:document>', shortBody())), 'import', { keeps: SHORT_TEXT });
  add('xml', 'nested-100k.docx', docx(wDocument(`${shortBody()}${'<w:sdt><w:sdtContent>'.repeat(100_000)}<w:p><w:r><w:t>x</w:t></w:r></w:p>${'</w:sdtContent></w:sdt>'.repeat(100_000)}`)), 'answer');
  add('xml', 'nested-runs-100k.docx', docx(wDocument(`${shortBody()}<w:p>${'<w:hyperlink>'.repeat(100_000)}<w:r><w:t>x</w:t></w:r>${'</w:hyperlink>'.repeat(100_000)}</w:p>`)), 'answer');
  add('xml', 'nested-tables-2k.docx', docx(wDocument(`${shortBody()}${'<w:tbl><w:tr><w:tc>'.repeat(2_000)}<w:p><w:r><w:t>x</w:t></w:r></w:p>${'</w:tc></w:tr></w:tbl>'.repeat(2_000)}`)), 'answer');
  add('xml', 'huge-attribute.docx', docx(wDocument(`<w:p w:rsidR="${'A'.repeat(20_000_000)}"><w:r><w:t>x</w:t></w:r></w:p>${shortBody()}`)), 'answer');
  add('xml', 'many-attributes.docx', docx(wDocument(`<w:p ${Array.from({ length: 200_000 }, (_, i) => `w:a${i}="1"`).join(' ')}><w:r><w:t>x</w:t></w:r></w:p>${shortBody()}`)), 'answer');
  add('xml', 'huge-run-20mb.docx', docx(wDocument(`${shortBody()}<w:p><w:r><w:t>${'słowo '.repeat(3_000_000)}</w:t></w:r></w:p>`)), 'answer');
  add('xml', 'unclosed.docx', docx(wDocument(shortBody()).replace('</w:body></w:document>', '')), 'answer');
  add('xml', 'not-xml.docx', docx('to nie jest XML <<<>>> &&&'), 'refuse');
  add('xml', 'utf16-document.docx', docx('', { 'word/document.xml': utf16Bytes(wDocument(shortBody()).replace('UTF-8', 'UTF-16'), true, true) }), 'import', { keeps: SHORT_TEXT });
  add('xml', 'latin2-declared.docx', docx('', { 'word/document.xml': polishBytes(wDocument(shortBody()).replace('UTF-8', 'ISO-8859-2'), 'iso-8859-2') }), 'answer');
  add('xml', 'invalid-utf8.docx', docx('', { 'word/document.xml': new Uint8Array([...enc(wDocument(shortBody())).subarray(0, 300), 0xff, 0xfe, 0xc3, ...enc(wDocument(shortBody())).subarray(300)]) }), 'answer');
  add('xml', 'nul-in-text.docx', docx(wDocument(shortBody().replace('Wprowadza', 'Wpro\u0000wadza'))), 'answer');
  add('xml', 'cdata-unclosed.docx', docx(wDocument(`${shortBody()}<w:p><w:r><w:t><![CDATA[${'x'.repeat(100_000)}</w:t></w:r></w:p>`)), 'answer');
  add('xml', 'styles-bomb-laughs.docx', docx(wDocument(shortBody()), { 'word/styles.xml': withDoctype(laughs, '').replace('w:document', 'w:styles').replace('<w:body></w:body></w:document>', '<w:style w:styleId="a"><w:name w:val="&l9;"/></w:style></w:styles>') }), 'answer');
  add('xml', 'numbering-deep.docx', docx(wDocument(shortBody()), { 'word/numbering.xml': `<w:numbering ${W_NS}>${'<w:abstractNum>'.repeat(50_000)}${'</w:abstractNum>'.repeat(50_000)}</w:numbering>` }), 'answer');
  add('xml', 'rels-traversal.docx', docx(wDocument(shortBody()), { '_rels/.rels': '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="../../../../etc/passwd"/></Relationships>' }), 'answer');
  add('xml', 'rels-external.docx', docx(wDocument(shortBody()), { 'word/_rels/document.xml.rels': '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="file:///etc/passwd" TargetMode="External"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="\\\\evil\\share\\x.png" TargetMode="External"/></Relationships>' }), 'import', { keeps: SHORT_TEXT });

  // ---- ZIP containers
  const parts = docxEntries(wDocument(shortBody()));
  add('zip', 'data-descriptors.docx', zipOf(parts.map((e) => ({ ...e, descriptor: true }))), 'import', { keeps: SHORT_TEXT });
  add('zip', 'zip64-extras.docx', zipOf(parts.map((e) => ({ ...e, zip64: true }))), 'import', { keeps: SHORT_TEXT });
  add('zip', 'zip64-end-record.docx', zipOf(parts, { zip64End: true }), 'import', { keeps: SHORT_TEXT });
  add('zip', 'zip64-descriptors.docx', zipOf(parts.map((e) => ({ ...e, zip64: true, descriptor: true })), { zip64End: true }), 'import', { keeps: SHORT_TEXT });
  add('zip', 'stored.docx', zipOf(parts.map((e) => ({ ...e, stored: true }))), 'import', { keeps: SHORT_TEXT });
  add('zip', 'comment.docx', zipOf(parts, { comment: 'PK\u0005\u0006 fałszywy koniec katalogu' }), 'import', { keeps: SHORT_TEXT });
  add('zip', 'zip-slip.docx', zipOf([...parts, { name: '../../../../tmp/zo-zip-slip.txt', data: enc('x') }, { name: '/etc/zo-absolute.txt', data: enc('x') }, { name: 'C:\\Windows\\zo.txt', data: enc('x') }]), 'import', { keeps: SHORT_TEXT });
  add('zip', 'slip-document.docx', zipOf(parts.map((e) => (e.name === 'word/document.xml' ? { ...e, name: 'word/../word/document.xml' } : e))), 'answer');
  add('zip', 'duplicate-document.docx', zipOf([...parts, { name: 'word/document.xml', data: enc(wDocument(wParagraph('Inna treść'))) }]), 'refuse', { says: /więcej niż raz/ });
  add('zip', 'duplicate-case.docx', zipOf([...parts, { name: 'WORD/DOCUMENT.XML', data: enc(wDocument(wParagraph('Inna treść'))) }]), 'refuse', { says: /więcej niż raz/ });
  add('zip', 'declared-3gb.docx', zipOf(parts.map((e) => (e.name === 'word/document.xml' ? { ...e, declaredSize: 3 * 1024 ** 3 } : e))), 'refuse', { says: /zbyt duży|bomba/ });
  add('zip', 'declared-3gb-zip64.docx', zipOf(parts.map((e) => (e.name === 'word/document.xml' ? { ...e, zip64: true, declaredSize: 3 * 1024 ** 3 } : e))), 'refuse', { says: /zbyt duży|bomba/ });
  add('zip', 'declared-zero.docx', zipOf(parts.map((e) => (e.name === 'word/document.xml' ? { ...e, declaredSize: 0 } : e))), 'refuse');
  add('zip', 'ratio-bomb.docx', zipOf([...parts.filter((e) => e.name !== 'word/document.xml'), { name: 'word/document.xml', data: enc(wDocument(`${shortBody()}<w:p><w:r><w:t>${' '.repeat(30_000_000)}</w:t></w:r></w:p>`)) }]), 'answer');
  add('zip', 'bomb-ignored-part.docx', zipOf([...parts, { name: 'word/media/image1.png', data: new Uint8Array(40 * 1024 * 1024) }]), 'import', { keeps: SHORT_TEXT });
  add('zip', 'nested-zip.docx', zipOf([...parts.filter((e) => e.name !== 'word/document.xml'), { name: 'word/document.xml', data: zipSync({ 'a.xml': enc(wDocument(shortBody())) }) }]), 'refuse');
  add('zip', 'empty-archive.docx', zipOf([]), 'refuse');
  add('zip', 'no-document.docx', zipOf(parts.filter((e) => e.name !== 'word/document.xml')), 'refuse');
  add('zip', 'entries-65535.docx', zipOf([...parts, ...Array.from({ length: 3_000 }, (_, i) => ({ name: `x/${i}`, data: new Uint8Array(), stored: true }))]), 'refuse', { says: /części|zbyt duży/ });
  add('zip', 'odt-renamed.docx', zipOf([{ name: 'mimetype', data: enc('application/vnd.oasis.opendocument.text'), stored: true }, { name: 'content.xml', data: enc('<office:document-content/>') }]), 'refuse');
  add('zip', 'xlsx-renamed.docx', zipOf([{ name: '[Content_Types].xml', data: enc('<Types/>') }, { name: 'xl/workbook.xml', data: enc('<workbook/>') }]), 'refuse');
  add('zip', 'doc-renamed.docx', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(2000)]), 'refuse', { says: /Word 97|\.doc\b|uszkodzony/ });

  // ---- PDF
  // Helvetica in WinAnsi has no `ę`, `ą`: the words kept are those the font can show
  const shown = 'Wprowadza zasady obiegu dokumentów';
  add('pdf', 'short.pdf', rawPdf(onePage(shortContent())), 'import', { keeps: shown });
  for (const [n, b] of cuts(rawPdf(onePage(shortContent())), [0.1, 0.5, 0.9, 0.98])) add('pdf', `truncated-${n}.pdf`, b, 'answer');
  const shifted = Buffer.from(rawPdf(onePage(shortContent()))).toString('latin1').replace(/(\d{10}) 00000 n/g, (_, o: string) => `${String(Number(o) + 7).padStart(10, '0')} 00000 n`);
  add('pdf', 'wrong-xref-offsets.pdf', latin1(shifted), 'import', { keeps: shown });
  add('pdf', 'no-xref.pdf', rawPdf(onePage(shortContent()), '', { xref: false }), 'import', { keeps: shown });
  add('pdf', 'prev-cycle.pdf', latin1(Buffer.from(rawPdf(onePage(shortContent()))).toString('latin1').replace('/Root 1 0 R', '/Root 1 0 R /Prev 9')), 'answer');
  const encryptDict = `/Encrypt << /Filter /Standard /V 1 /R 2 /O <${'28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a'}> /U <${'0'.repeat(64)}> /P -44 >> /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>]`;
  add('pdf', 'encrypted-password.pdf', rawPdf(onePage(shortContent()), encryptDict), 'refuse', { says: /hasł|zaszyfrowan/ });
  const imageOnly = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [4 0 R] /Count 1 >>',
    pdfStream('/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8', new Uint8Array([0, 255, 255, 0])),
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 3 0 R >> >> /Contents 5 0 R >>',
    pdfStream('', 'q 595 0 0 842 0 0 cm /Im1 Do Q'),
  ];
  add('pdf', 'image-only.pdf', rawPdf(imageOnly), 'refuse', { says: /OCR|skan/ });
  add('pdf', 'count-1e9.pdf', latin1(Buffer.from(rawPdf(onePage(shortContent()))).toString('latin1').replace('/Count 1', '/Count 1000000000')), 'answer');
  add('pdf', 'pages-tree-cycle.pdf', rawPdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [2 0 R 4 0 R] /Count 2 >>', '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>', '<< /Type /Page /Parent 2 0 R /Contents 5 0 R /Resources << /Font << /F1 3 0 R >> >> >>', pdfStream('', shortContent())]), 'answer');
  add('pdf', 'kids-100k.pdf', rawPdf(['<< /Type /Catalog /Pages 2 0 R >>', `<< /Type /Pages /Kids [${'4 0 R '.repeat(100_000)}] /Count 100000 >>`, ...onePage(shortContent()).slice(2)]), 'refuse', { says: /stron/ });
  add('pdf', 'pages-2000.pdf', pdfDocument(2_000, (i) => textContent([`Strona ${i}`])), 'refuse', { says: /stron/ });
  // a Type0 font with Identity-H and no ToUnicode: the codes are glyph ids, no reader can know the letters
  const cidFont = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [4 0 R] /Count 1 >>',
    '<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+Arial /Encoding /Identity-H /DescendantFonts [6 0 R] >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>',
    pdfStream('', `BT /F1 11 Tf 56 780 Td ${SHORT_ORDER.map((l) => `<${[...l].map((c) => ((c.charCodeAt(0) % 200) + 3).toString(16).padStart(4, '0')).join('')}> Tj 0 -14 Td`).join(' ')} ET`),
    '<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+Arial /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 500 >>',
  ];
  add('pdf', 'cid-font-no-tounicode.pdf', rawPdf(cidFont), 'answer');
  // a simple font whose Differences name glyphs by numbers (/g12): the letters cannot be known
  add('pdf', 'glyph-names-no-tounicode.pdf', rawPdf(onePage(shortContent(), undefined, `<< /Type /Font /Subtype /Type1 /BaseFont /ABCDEF+Custom /Encoding << /Differences [32 ${Array.from({ length: 200 }, (_, i) => `/g${i}`).join(' ')}] >> >>`)), 'answer');
  add('pdf', 'deep-arrays.pdf', rawPdf(onePage(`${'['.repeat(100_000)}${']'.repeat(100_000)} ${shortContent()}`)), 'answer');
  add('pdf', 'deep-dicts.pdf', rawPdf([...onePage(shortContent()), `${'<< /A '.repeat(50_000)}1${' >>'.repeat(50_000)}`]), 'answer');
  add('pdf', 'length-1e12.pdf', latin1(Buffer.from(rawPdf(onePage(shortContent()))).toString('latin1').replace(/\/Length \d+/, '/Length 1000000000000')), 'answer');
  add('pdf', 'length-negative.pdf', latin1(Buffer.from(rawPdf(onePage(shortContent()))).toString('latin1').replace(/\/Length \d+/, '/Length -5')), 'answer');
  add('pdf', 'flate-garbage.pdf', rawPdf(onePage(new Uint8Array(5000).map((_, i) => (i * 7919) % 256)).map((o, i) => (i === 4 ? pdfStream('/Filter /FlateDecode', new Uint8Array(5000).map((_, j) => (j * 7919) % 256)) : o))), 'answer');
  add('pdf', 'flate-bomb.pdf', pdfDocument(1, () => ({ data: zlibRepeated(strToU8(' '.repeat(1024 * 1024)), 200), flate: true })), 'answer');
  add('pdf', 'lzw-filter.pdf', rawPdf(onePage(shortContent()).map((o, i) => (i === 4 ? pdfStream('/Filter [/ASCIIHexDecode /LZWDecode /RunLengthDecode /JBIG2Decode]', 'zz') : o))), 'answer');
  add('pdf', 'not-pdf.pdf', enc('<html>to jest strona, nie PDF</html>'), 'refuse', { says: /PDF/ });
  add('pdf', 'header-only.pdf', enc('%PDF-1.7\n'), 'refuse', { says: /PDF/ });
  add('pdf', 'pdf-in-html.pdf', Buffer.concat([enc('<html>śmieci przed nagłówkiem</html>\n'), rawPdf(onePage(shortContent()))]), 'answer');

  // ---- HTML
  const page = m.html;
  const say = 'Wprowadza się zasady obiegu dokumentów';
  add('html', 'utf8.html', page, 'import', { keeps: text });
  add('html', 'cp1250-meta.html', polishBytes(htmlOf(text, '<meta http-equiv="Content-Type" content="text/html; charset=windows-1250">'), 'windows-1250'), 'import', { keeps: text });
  add('html', 'cp1250-no-meta.html', polishBytes(htmlOf(text, ''), 'windows-1250'), 'import', { keeps: text });
  add('html', 'latin2-meta.html', polishBytes(htmlOf(text, '<meta charset="iso-8859-2">'), 'iso-8859-2'), 'import', { keeps: text });
  add('html', 'latin2-no-meta.html', polishBytes(htmlOf(text, ''), 'iso-8859-2'), 'import', { keeps: text });
  add('html', 'latin2-meta-says-utf8.html', polishBytes(htmlOf(text, '<meta charset="utf-8">'), 'iso-8859-2'), 'import', { keeps: text });
  add('html', 'utf8-meta-says-cp1250.html', htmlOf(text, '<meta charset="windows-1250">'), 'answer');
  add('html', 'utf16le-bom.html', utf16Bytes(htmlOf(text, ''), true, true), 'import', { keeps: text });
  add('html', 'utf16be-bom.html', utf16Bytes(htmlOf(text, ''), false, true), 'import', { keeps: text });
  add('html', 'utf16le-no-bom.html', utf16Bytes(htmlOf(text, ''), true, false), 'import', { keeps: text });
  add('html', 'utf16le-meta-utf16.html', utf16Bytes(htmlOf(text, '<meta charset="utf-16">'), true, true), 'import', { keeps: text });
  add('html', 'unknown-charset.html', htmlOf(text, '<meta charset="x-klingon-42">'), 'import', { keeps: text });
  add('html', 'nul-bytes.html', enc(page.replace(/<p>/g, '<p>\u0000')), 'import', { keeps: text });
  add('html', 'nul-mid-word.html', enc(page.replace(say, 'Wprowa\u0000dza się zasady obiegu dokumentów')), 'answer');
  add('html', 'nested-divs-100k.html', htmlOf(text).replace('<main>', `<main>${'<div>'.repeat(100_000)}`).replace('</main>', `${'</div>'.repeat(100_000)}</main>`), 'import', { keeps: text });
  add('html', 'unclosed-divs-100k.html', htmlOf(text).replace('<main>', `<main>${'<div>'.repeat(100_000)}`), 'import', { keeps: text });
  add('html', 'nested-tables-3k.html', htmlOf(text).replace('<main>', `<main>${'<table><tr><td>'.repeat(3_000)}`).replace('</main>', `${'</td></tr></table>'.repeat(3_000)}</main>`), 'import', { keeps: text });
  add('html', 'nested-lists-10k.html', htmlOf(text).replace('<main>', `<main>${'<ol><li>'.repeat(10_000)}x${'</li></ol>'.repeat(10_000)}`), 'answer');
  add('html', 'ol-start-huge.html', htmlOf(text).replace('<main>', '<main><ol start="99999999999999999999999" type="a"><li>a</li><li>b</li></ol><ol start="-5" type="A"><li>c</li></ol><ol start="NaN"><li>d</li></ol>'), 'import', { keeps: text });
  add('html', 'li-200k.html', htmlOf(text).replace('</main>', `<ul>${'<li>pozycja</li>'.repeat(200_000)}</ul></main>`), 'answer');
  add('html', 'huge-attribute.html', htmlOf(text).replace('<main>', `<main class="${'x'.repeat(20_000_000)}">`), 'answer');
  add('html', 'entities-1m.html', htmlOf(text).replace('</main>', `<p>${'&amp;'.repeat(1_000_000)}</p></main>`), 'answer');
  add('html', 'one-line-10mb.html', htmlOf(text).replace('</main>', `<p>${'słowo '.repeat(1_800_000)}</p></main>`), 'answer');
  add('html', 'script-only.html', `<html><body><script>${text}</script></body></html>`, 'refuse');
  add('html', 'binary.html', new Uint8Array(4096).map((_, i) => (i * 31) % 256), 'refuse');
  add('html', 'comment-unclosed.html', htmlOf(text).replace('<main>', '<main><!-- '), 'answer');
  add('html', 'frameset.html', '<html><frameset><frame src="file:///etc/passwd"></frameset></html>', 'refuse');
  add('html', 'svg-xxe.html', `<!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>${htmlOf(text).replace('<main>', '<main><svg>&xxe;</svg>')}`, 'import', { keeps: text });
  add('html', 'word-html.htm', `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset="windows-1250"><style>p.MsoNormal{margin:0}</style><!--[if gte mso 9]><xml><o:DocumentProperties></o:DocumentProperties></xml><![endif]--></head><body>${text.split('\n').map((l) => `<p class=MsoNormal>${l.replace(/&/g, '&amp;').replace(/</g, '&lt;')}<o:p></o:p></p>`).join('')}</body></html>`, 'answer');

  // ---- order files (.json)
  const json = JSON.parse(m.orderJson) as { schemaVersion: number; order: { units: { id: string; parentId: string | null; reportsTo: unknown }[] } & Record<string, unknown> };
  const variant = (f: (j: typeof json) => unknown): string => {
    const copy = JSON.parse(m.orderJson) as typeof json;
    const r = f(copy);
    return JSON.stringify(r === undefined ? copy : r);
  };
  add('json', 'order.json', m.orderJson, 'import', { keeps: m.orderText });
  add('json', 'not-json.json', '{"format": "zarzadzenie-organizacyjne", ', 'refuse', { says: /JSON/ });
  add('json', 'other-json.json', '{"name": "package", "version": "1.0.0"}', 'refuse', { says: /nie jest plikiem zarządzenia/ });
  add('json', 'array.json', '[1,2,3]', 'refuse');
  add('json', 'null.json', 'null', 'refuse');
  add('json', 'version-99.json', variant((j) => void (j.schemaVersion = 99)), 'refuse', { says: /nowszej wersji/ });
  add('json', 'version-0.json', variant((j) => void (j.schemaVersion = 0)), 'refuse');
  add('json', 'version-string.json', variant((j) => void ((j as { schemaVersion: unknown }).schemaVersion = '3')), 'refuse');
  add('json', 'version-1e308.json', variant((j) => void (j.schemaVersion = 1e308)), 'refuse');
  add('json', 'order-missing.json', variant((j) => void delete (j as { order?: unknown }).order), 'refuse');
  add('json', 'units-not-array.json', variant((j) => void ((j.order as Record<string, unknown>).units = 'brak')), 'refuse');
  add('json', 'wrong-types.json', variant((j) => void ((j.order as Record<string, unknown>).meta = 42)), 'refuse');
  add('json', 'parent-cycle.json', variant((j) => {
    const u = j.order.units;
    if (u.length >= 2) {
      u[0]!.parentId = u[1]!.id;
      u[1]!.parentId = u[0]!.id;
    }
  }), 'refuse', { says: /cykl|nadrzędn|uszkodzony/ });
  add('json', 'parent-self.json', variant((j) => {
    const u = j.order.units[0];
    if (u) u.parentId = u.id;
  }), 'refuse', { says: /cykl|nadrzędn|uszkodzony/ });
  add('json', 'parent-missing.json', variant((j) => {
    const u = j.order.units[0];
    if (u) u.parentId = 'nie-ma-takiej';
  }), 'refuse', { says: /nadrzędn|uszkodzony|nie ma/ });
  add('json', 'reports-cycle.json', variant((j) => {
    const u = j.order.units;
    if (u.length >= 2) {
      u[0]!.reportsTo = { kind: 'unit', id: u[1]!.id };
      u[1]!.reportsTo = { kind: 'unit', id: u[0]!.id };
    }
  }), 'answer');
  add('json', 'reports-missing.json', variant((j) => {
    const u = j.order.units[0];
    if (u) u.reportsTo = { kind: 'deputy', id: 'nie-ma' };
  }), 'answer');
  add('json', 'duplicate-ids.json', variant((j) => {
    const u = j.order.units;
    if (u.length >= 2) u[1]!.id = u[0]!.id;
  }), 'refuse', { says: /identyfikator|uszkodzony|więcej niż raz/ });
  add('json', 'units-50k.json', variant((j) => {
    const u = j.order.units[0]!;
    j.order.units = Array.from({ length: 50_000 }, (_, i) => ({ ...u, id: `u${i}`, parentId: null }));
  }), 'answer');
  add('json', 'deep-nesting.json', `${'['.repeat(200_000)}${']'.repeat(200_000)}`, 'refuse');
  add('json', 'deep-in-order.json', m.orderJson.replace('"order": {', `"x": ${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}, "order": {`), 'answer');
  add('json', 'string-40mb.json', variant((j) => void ((j.order as Record<string, unknown>).note = 'ą'.repeat(20_000_000))), 'answer');
  add('json', 'name-10mb.json', variant((j) => {
    const u = j.order.units[0] as unknown as { name: string };
    if (u) u.name = 'Wydział '.repeat(1_300_000);
  }), 'answer');
  add('json', 'proto-pollution.json', m.orderJson.replace('"order": {', '"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "order": {"__proto__": {"isAdmin": true}, '), 'answer');
  add('json', 'utf16.json', utf16Bytes(m.orderJson, true, true), 'import', { keeps: m.orderText });
  add('json', 'bom.json', `\uFEFF${m.orderJson}`, 'import', { keeps: m.orderText });
  add('json', 'cp1250.json', polishBytes(m.orderJson, 'windows-1250'), 'answer');

  // ---- plain text
  add('txt', 'nul-bytes.txt', enc(text.replace(/\n/g, '\n\u0000')), 'import', { keeps: text });
  add('txt', 'utf16le-no-bom.txt', utf16Bytes(text, true, false), 'import', { keeps: text });
  add('txt', 'utf16be-no-bom.txt', utf16Bytes(text, false, false), 'import', { keeps: text });
  add('txt', 'latin2.txt', polishBytes(text, 'iso-8859-2'), 'answer');
  add('txt', 'one-line-30mb.txt', `${text}\n${'słowo '.repeat(5_000_000)}`, 'answer');
  add('txt', 'paragrafs-200k.txt', `${text}\n${Array.from({ length: 200_000 }, (_, i) => `§ ${i + 1}. Treść.`).join('\n')}`, 'answer');
  add('txt', 'points-200k.txt', `${text}\n${Array.from({ length: 200_000 }, (_, i) => `${i + 1}) zadanie,`).join('\n')}`, 'answer');
  add('txt', 'letters-deep.txt', `${text}\n${Array.from({ length: 50_000 }, (_, i) => `${'  '.repeat(i % 40)}${String.fromCharCode(97 + (i % 26))}) litera`).join('\n')}`, 'answer');
  add('txt', 'numbers-huge.txt', `${text}\n§ 99999999999999999999. Treść.\n99999999999999999999999) zadanie\nZARZĄDZENIE NR 999999999999/99999999`, 'answer');
  add('txt', 'control-chars.txt', text.replace(/ /g, (_, i: number) => (i % 50 === 0 ? '\u000b' : ' ')), 'answer');
  add('txt', 'bidi-zero-width.txt', text.replace(/ /g, (_, i: number) => (i % 7 === 0 ? ' \u200b\u202e' : ' ')), 'answer');
  add('txt', 'combining-storm.txt', `${text}\na${'\u0301'.repeat(1_000_000)}`, 'answer');
  add('txt', 'surrogates.txt', Buffer.concat([enc(text), new Uint8Array([0xed, 0xa0, 0x80, 0xf4, 0x90, 0x80, 0x80])]), 'answer');
  return cases;
}

/** Seeded random mutations of the materials: `perBase` destructive mutations of each real document. */
export function mutationCases(m: CampaignMaterials, seed: number, perBase: number): CampaignCase[] {
  const r = rng(seed);
  const out: CampaignCase[] = [];
  const bases: [string, CampaignCase['family'], Uint8Array | null][] = [
    ['app.docx', 'docx', m.appDocx],
    ['plain.docx', 'docx', m.plainDocx],
    ['pandoc.docx', 'docx', m.pandocDocx],
    ['office.docx', 'docx', m.officeDocx],
    ['office.pdf', 'pdf', m.officePdf],
    ['page.html', 'html', enc(m.html)],
    ['order.json', 'json', enc(m.orderJson)],
  ];
  for (const [name, family, bytes] of bases) {
    if (!bytes) continue;
    for (const [mutation, b] of destructive(bytes, r, perBase)) out.push({ name: `mut-${mutation}-${name}`, family, bytes: b, want: 'answer' });
  }
  // the XML of a real DOCX damaged inside a valid archive
  const app = m.appDocx;
  if (app) {
    const files = unzipSync(app);
    const xml = files['word/document.xml'];
    if (xml) {
      for (const [mutation, b] of destructive(xml, r, perBase)) out.push({ name: `mut-xml-${mutation}-app.docx`, family: 'xml', bytes: zipSync({ ...files, 'word/document.xml': b }), want: 'answer' });
    }
  }
  return out;
}

/**
 * The real documents the mutations start from, made from fixture order 3842: its text, the app's
 * DOCX export, a one-paragraph-per-line DOCX, a web copy, and (with `office`) pandoc's and LibreOffice's DOCX and
 * LibreOffice's PDF of the app's DOCX (null when the tool does not run).
 */
export async function campaignMaterials(options: { office?: boolean } = {}): Promise<CampaignMaterials> {
  const fixture = fixtureOrders().find((o) => o.name.includes('3842'))!;
  const text = readFileSync(fixture.path, 'utf8');
  const imported = importText(text, 'txt');
  if (!imported.ok) throw new Error(imported.error.message);
  const appDocx = await orderDocx(imported.order);
  const withUnits = fixtureOrders().find((o) => o.name.includes('3468'))!;
  const orderText = readFileSync(withUnits.path, 'utf8');
  const importedWithUnits = importText(orderText, 'txt');
  if (!importedWithUnits.ok) throw new Error(importedWithUnits.error.message);
  const m: CampaignMaterials = {
    text,
    orderJson: OrderFile.serialize(importedWithUnits.order),
    orderText,
    appDocx,
    plainDocx: docxOf(text),
    pandocDocx: null,
    officeDocx: null,
    officePdf: null,
    html: htmlOf(text),
  };
  if (!options.office) return m;
  const dir = mkdtempSync(join(tmpdir(), 'zo-campaign-'));
  try {
    writeFileSync(join(dir, 'order.txt'), text);
    writeFileSync(join(dir, 'app.docx'), appDocx);
    try {
      execFileSync('pandoc', ['-f', 'markdown', '-t', 'docx', '-o', join(dir, 'pandoc.docx')], { input: text.split('\n').join('\n\n'), timeout: 60_000, stdio: ['pipe', 'ignore', 'ignore'] });
      m.pandocDocx = new Uint8Array(readFileSync(join(dir, 'pandoc.docx')));
    } catch {
      // no pandoc
    }
    try {
      const lo = [`-env:UserInstallation=file://${dir}/lo`, '--headless'];
      execFileSync('soffice', [...lo, '--convert-to', 'pdf', '--outdir', join(dir, 'pdf'), join(dir, 'app.docx')], { stdio: 'ignore', timeout: 180_000 });
      m.officePdf = new Uint8Array(readFileSync(join(dir, 'pdf', 'app.pdf')));
      execFileSync('soffice', [...lo, '--convert-to', 'docx:MS Word 2007 XML', '--outdir', join(dir, 'docx'), join(dir, 'order.txt')], { stdio: 'ignore', timeout: 180_000 });
      m.officeDocx = new Uint8Array(readFileSync(join(dir, 'docx', 'order.docx')));
    } catch {
      // no LibreOffice
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return m;
}

/** The office-made documents themselves (readable: every word kept) as `import` cases. */
export function materialCases(m: CampaignMaterials): CampaignCase[] {
  const out: CampaignCase[] = [
    { name: 'app-export.docx', family: 'docx', bytes: m.appDocx, want: 'import', keeps: m.text },
    { name: 'plain.docx', family: 'docx', bytes: m.plainDocx, want: 'import', keeps: m.text },
  ];
  if (m.pandocDocx) out.push({ name: 'pandoc.docx', family: 'docx', bytes: m.pandocDocx, want: 'import', keeps: m.text });
  if (m.officeDocx) out.push({ name: 'office.docx', family: 'docx', bytes: m.officeDocx, want: 'import', keeps: m.text });
  if (m.officePdf) out.push({ name: 'office.pdf', family: 'pdf', bytes: m.officePdf, want: 'import', keeps: m.text });
  return out;
}
