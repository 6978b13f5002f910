/**
 * The DOCX reader: Word's own structures read as Word shows them (text boxes once, content controls, tables,
 * fields by their result, deleted text left out, list numbers rebuilt from numbering.xml with start overrides and
 * style inheritance), and the XML limits refused with one Polish line naming the limit.
 */
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DOCX_LIMITS, readDocx } from '../../../electron/services/readers/docx.js';

const NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml"';
const run = (t: string): string => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`;
const para = (inner: string, pPr = ''): string => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${inner}</w:p>`;
const numbered = (numId: number, ilvl: number, t: string): string => para(run(t), `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`);

function docx(body: string, parts: Record<string, string> = {}): Uint8Array {
  return zipSync({
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document ${NS}><w:body>${body}</w:body></w:document>`),
    ...Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, strToU8(v)])),
  });
}

async function lines(bytes: Uint8Array): Promise<string[]> {
  const r = await readDocx(bytes);
  if (!r.ok) throw new Error(r.message);
  return r.source.blocks.map((b) => b.text);
}

const numbering = (levels: string, nums = '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'): string =>
  `<?xml version="1.0"?><w:numbering ${NS}><w:abstractNum w:abstractNumId="0">${levels}</w:abstractNum>${nums}</w:numbering>`;

describe('what Word shows, read once', () => {
  it('reads a text box after the paragraph that anchors it, and never its fallback copy twice', async () => {
    const box = `<w:txbxContent>${para(run('§ 1. Wydziałem kieruje Dyrektor.'))}</w:txbxContent>`;
    const anchor = para(
      `${run('6) weryfikacja umów;')}<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx>${box}</wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>${box}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`,
    );
    expect(await lines(docx(anchor + para(run('7) opracowywanie projektów.'))))).toEqual(['6) weryfikacja umów;', '§ 1. Wydziałem kieruje Dyrektor.', '7) opracowywanie projektów.']);
  });

  it('reads content controls, hyperlinks, inserted text and simple fields; leaves out deleted text and field codes', async () => {
    const p = para(
      `<w:sdt><w:sdtPr><w:alias w:val="Numer"/></w:sdtPr><w:sdtContent>${run('ZARZĄDZENIE NR 12/2025')}</w:sdtContent></w:sdt>` +
        `<w:del w:id="1"><w:r><w:delText>NR 11/2025</w:delText></w:r></w:del>` +
        `<w:ins w:id="2">${run(' z dnia ')}</w:ins>` +
        `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> DATE \\@ "d MMMM yyyy" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run('3 lutego 2025')}<w:r><w:fldChar w:fldCharType="end"/></w:r>` +
        `<w:fldSimple w:instr=" DOCPROPERTY rok ">${run(' r.')}</w:fldSimple>` +
        `<w:hyperlink r:id="x" xmlns:r="r">${run(' (zob. BIP)')}</w:hyperlink>`,
    );
    expect(await lines(docx(p))).toEqual(['ZARZĄDZENIE NR 12/2025 z dnia 3 lutego 2025 r. (zob. BIP)']);
  });

  it('reads a table row as one block, cells apart by a column gap', async () => {
    const row = (a: string, b: string): string => `<w:tr><w:tc>${para(run(a))}</w:tc><w:tc>${para(run(b))}</w:tc></w:tr>`;
    const r = await readDocx(docx(`<w:tbl><w:tblPr/>${row('1. Referat Obsługi', '- KP-01')}${row('2. Biuro Prasowe', '- KP-02')}</w:tbl>`));
    if (!r.ok) throw new Error(r.message);
    expect(r.source.blocks.map((b) => [b.text, b.hard])).toEqual([['1. Referat Obsługi  - KP-01', true], ['2. Biuro Prasowe  - KP-02', true]]);
  });

  it('rebuilds list numbers: formats per level, start overrides, deeper levels restarting, numbering from a style it is based on', async () => {
    const levels =
      '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1)"/></w:lvl>' +
      '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl>';
    const nums = '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>';
    const styles = `<?xml version="1.0"?><w:styles ${NS}><w:style w:styleId="Punkt"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style><w:style w:styleId="PunktKrakow"><w:basedOn w:val="Punkt"/></w:style></w:styles>`;
    const body = numbered(1, 0, 'pierwszy') + numbered(1, 1, 'litera') + numbered(1, 1, 'druga litera') + numbered(1, 0, 'drugi') + numbered(1, 1, 'znów a') + numbered(2, 0, 'od pięciu') + para(run('ze stylu'), '<w:pStyle w:val="PunktKrakow"/>');
    expect(await lines(docx(body, { 'word/numbering.xml': numbering(levels, nums), 'word/styles.xml': styles }))).toEqual([
      '1) pierwszy', 'a) litera', 'b) druga litera', '2) drugi', 'a) znów a', '5) od pięciu', '3) ze stylu',
    ]);
  });

  it('gives each block its paragraph number in the document', async () => {
    const r = await readDocx(docx(para(run('pierwszy')) + para('') + para(run('trzeci'))));
    if (!r.ok) throw new Error(r.message);
    expect(r.source.blocks.map((b) => b.pos)).toEqual([{ n: 1, unit: 'paragraph' }, { n: 3, unit: 'paragraph' }]);
  });
});

describe('XML limits of a DOCX', () => {
  async function refused(bytes: Uint8Array, says: RegExp, limits = DOCX_LIMITS): Promise<void> {
    const t = performance.now();
    const r = await readDocx(bytes, limits);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe('tooLarge');
    expect(r.message).toMatch(says);
    expect(r.message).not.toContain('\n');
    expect(performance.now() - t).toBeLessThan(5_000);
  }
  it('refuses elements nested deeper than the limit', async () => {
    await refused(docx(`${'<w:sdt><w:sdtContent>'.repeat(300)}${para(run('x'))}${'</w:sdtContent></w:sdt>'.repeat(300)}`), /głębiej niż 256 poziomów/);
  });
  it('refuses more elements than the limit', async () => {
    await refused(docx(para(run('x')).repeat(2_000)), /ponad 5\s?000 elementów XML/, { ...DOCX_LIMITS, maxElements: 5_000 });
  });
  it('refuses more paragraphs than the limit', async () => {
    await refused(docx(para(run('x')).repeat(300)), /ponad 200 akapitów/, { ...DOCX_LIMITS, maxParagraphs: 200 });
  });
  it('refuses a list level Word does not have', async () => {
    await refused(docx(numbered(1, 9, 'za głęboko')), /poziomie 9 \(w:ilvl\).*0–8/);
  });
  it('refuses a numbering start value out of range', async () => {
    const levels = '<w:lvl w:ilvl="0"><w:start w:val="4000000000"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1)"/></w:lvl>';
    await refused(docx(numbered(1, 0, 'x'), { 'word/numbering.xml': numbering(levels) }), /od 4000000000 \(w:start\)/);
  });
  it('calls malformed XML corrupt', async () => {
    const r = await readDocx(zipSync({ 'word/document.xml': strToU8('<w:document><w:body><w:p></w:body>') }));
    expect(r.ok ? null : r.code).toBe('corrupt');
  });
});
