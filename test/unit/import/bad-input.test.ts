/**
 * Bad input: each case gives a typed error with a one-line Polish message (importer) and a non-zero exit with
 * that one line on stderr (CLI), never a stack trace and never a hang.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { main } from '../../../electron/cli/main.js';
import { importFile } from '../../../electron/services/import-file.js';
import { fixturePath } from '../fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'zo-bad-'));
function file(name: string, bytes: Uint8Array | string): string {
  const p = join(dir, name);
  writeFileSync(p, bytes);
  return p;
}

/** A one-page PDF with a drawn line and no text at all (what a scan looks like to a text reader). */
function pdfWithoutText(): string {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>',
  ];
  const stream = '0 0 m 500 700 l S';
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  offsets.push(body.length);
  body += `4 0 obj\n<< /Length ${stream.length} >>\nstream\n${stream}\nendstream\nendobj\n`;
  const xref = body.length;
  body += `xref\n0 5\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return body;
}

async function validDocx(): Promise<Uint8Array> {
  const doc = new Document({ sections: [{ children: [new Paragraph('ZARZĄDZENIE NR 1/2025'), new Paragraph('§ 1. Zarządzenie wchodzi w życie z dniem podpisania.')] }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

const cases: { name: string; make: () => Promise<string> | string; code: string; says: RegExp }[] = [
  { name: 'an empty file', make: () => file('pusty.txt', ''), code: 'empty', says: /pusty/ },
  { name: 'a file of blanks', make: () => file('spacje.txt', '   \n\n  \t \n'), code: 'empty', says: /pusty/ },
  { name: 'a binary file named .txt', make: () => file('binarny.txt', new Uint8Array([0, 1, 2, 3, 255, 0, 7, 8, 0, 0, 9])), code: 'binary', says: /nie jest plikiem tekstowym/ },
  { name: 'a corrupt DOCX (not a zip)', make: () => file('zepsuty.docx', 'to nie jest dokument Word'), code: 'corrupt', says: /uszkodzony/ },
  {
    name: 'a truncated DOCX',
    make: async () => {
      const b = await validDocx();
      return file('obciety.docx', b.subarray(0, Math.floor(b.length / 2)));
    },
    code: 'corrupt',
    says: /uszkodzony|niekompletny/,
  },
  {
    name: 'a DOCX that is a zip bomb',
    make: () => file('bomba.docx', zipSync({ 'word/document.xml': new Uint8Array(64 * 1024 * 1024) }, { level: 9 })),
    code: 'tooLarge',
    says: /bomba zip|zbyt duży/,
  },
  { name: 'a PDF with no text layer', make: () => file('skan.pdf', pdfWithoutText()), code: 'scan', says: /OCR/ },
  { name: 'a corrupt PDF', make: () => file('zepsuty.pdf', '%PDF-1.4\nśmieci'), code: 'corrupt', says: /PDF/ },
  { name: 'a text that is not an order', make: () => file('przepis.txt', 'Pierogi ruskie\n\nSkładniki: mąka, ziemniaki, twaróg.\nWykonanie: zagnieść ciasto.'), code: 'notAnOrder', says: /nie jest zarządzenie/ },
  { name: 'an unknown extension', make: () => file('rysunek.xyz', 'cokolwiek'), code: 'unknownFormat', says: /Nieobsługiwany rodzaj pliku/ },
  { name: 'a missing file', make: () => join(dir, 'nie-ma-mnie.txt'), code: 'unreadable', says: /Nie można otworzyć/ },
];

describe('bad input gives a one-line Polish message', () => {
  for (const c of cases) {
    it(c.name, async () => {
      const path = await c.make();
      const t = Date.now();
      const r = await importFile(path);
      expect(Date.now() - t).toBeLessThan(20_000);
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.error.code).toBe(c.code);
      expect(r.error.message).toMatch(c.says);
      expect(r.error.message).not.toContain('\n');
      let out = '';
      let err = '';
      const code = await main(['outline', path], { out: (s) => (out += s), err: (s) => (err += s) });
      expect(code).not.toBe(0);
      expect(out).toBe('');
      expect(err.trim().split('\n')).toHaveLength(1);
      expect(err).not.toMatch(/at .*\.ts:\d+/);
    });
  }

  it('a Windows-1250 text file is still read', async () => {
    const utf8 = readFileSync(fixturePath('3842'), 'utf8');
    const cp1250 = new Uint8Array([...utf8].map((ch) => ({ ą: 0xb9, ę: 0xea, ł: 0xb3, ń: 0xf1, ó: 0xf3, ś: 0x9c, ź: 0x9f, ż: 0xbf, Ą: 0xa5, Ę: 0xca, Ł: 0xa3, Ń: 0xd1, Ó: 0xd3, Ś: 0x8c, Ź: 0x8f, Ż: 0xaf, '„': 0x84, '”': 0x94, '§': 0xa7, '–': 0x96 } as Record<string, number>)[ch] ?? (ch.charCodeAt(0) < 128 ? ch.charCodeAt(0) : 0x3f)));
    const r = await importFile(file('cp1250.txt', cp1250));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.order.meta.title).toBe('w sprawie zasad i trybu publikowania w Krakowskim Portalu Usług Miejskich');
  });
});
