/**
 * A DOCX whose points are numbered through their paragraph style (numbering defined on the style in
 * `styles.xml`, not on each paragraph), as Word templates of the city hall do: the labels are rebuilt.
 */
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { outlineOf } from '../../../core/outline/outline.js';
import { importBytes } from '../../../electron/services/import-file.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const p = (text: string, style?: string): string => `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

describe('numbering carried by a paragraph style', () => {
  it('rebuilds the labels of styled points', async () => {
    const body = [
      p('ZARZĄDZENIE NR 5/2025'), p('PREZYDENTA MIASTA KRAKOWA'), p('z dnia 2 stycznia 2025 r.'),
      p('w sprawie podziału na wewnętrzne komórki organizacyjne oraz szczegółowego zakresu działania Wydziału Sportu'),
      p('§ 1. Wydziałem Sportu, zwanym dalej Wydziałem, kieruje Dyrektor.'),
      p('§ 2. W skład Wydziału wchodzą następujące wewnętrzne komórki organizacyjne:'),
      p('Referat Organizacyjny – SP-01;', 'Punkt'), p('Referat Sportu – SP-02.', 'Punkt'),
      p('§ 3. Do zakresu działania Referatu Organizacyjnego (SP-01) należą sprawy:'),
      p('prowadzenie sekretariatu;', 'Punkt2'), p('planowanie budżetu.', 'Punkt2'),
      p('§ 4. Do zakresu działania Referatu Sportu (SP-02) należą sprawy:'),
      p('realizacja programów sportowych.', 'Punkt3'),
      p('§ 5. Zarządzenie wchodzi w życie z dniem podpisania.'),
    ].join('');
    const styles = ['Punkt', 'Punkt2', 'Punkt3']
      .map((id, i) => `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${id}"/><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="${i + 1}"/></w:numPr></w:pPr></w:style>`)
      .join('');
    const numbering = `<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1)"/></w:lvl></w:abstractNum>${[1, 2, 3].map((n) => `<w:num w:numId="${n}"><w:abstractNumId w:val="0"/></w:num>`).join('')}`;
    const zip = zipSync({
      'word/document.xml': strToU8(`<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`),
      'word/styles.xml': strToU8(`<?xml version="1.0"?><w:styles ${W}>${styles}</w:styles>`),
      'word/numbering.xml': strToU8(`<?xml version="1.0"?><w:numbering ${W}>${numbering}</w:numbering>`),
    });
    const r = await importBytes(zip, 'style.docx');
    if (!r.ok) throw new Error(r.error.message);
    const o = outlineOf(r.order);
    expect(o.units.map((u) => u.symbol)).toEqual(['SP-01', 'SP-02']);
    expect(o.scopeItems).toEqual({ 'SP-01': 2, 'SP-02': 1 });
  });
});
