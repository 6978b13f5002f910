/**
 * The importer on orders it was not written for: the project's own variants (three deputies, letters and
 * tirets, a unit list in a table, several repealed orders) and the same orders as DOCX and PDF made by
 * LibreOffice from the text, and as a DOCX whose numbers are Word's automatic list numbering.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { AlignmentType, Document, Footer, Header, LevelFormat, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import { RichText } from '../../../core/model/rich-text.js';
import { outlineKeys, outlineOf } from '../../../core/outline/outline.js';
import { importFile } from '../../../electron/services/import-file.js';
import { fixtureOrders, OWN } from '../fixtures.js';
import { missingWords } from './words.js';

const own = ['wydzial-trzech-zastepcow.txt', 'biuro-tabela-litery.md', 'wydzial-warianty-zapisu.txt', 'zespol-powolanie.txt', 'zmiana-z-cytatem.txt'].map((n) => join(OWN, 'orders', n));

async function outlineOfFile(path: string): Promise<Record<string, unknown>> {
  const r = await importFile(path);
  if (!r.ok) throw new Error(r.error.message);
  return JSON.parse(JSON.stringify(outlineOf(r.order)));
}

/** The outline of a file in the keys of an expected outline; nothing may be left unplaced. */
async function expectOutline(path: string, expected: object): Promise<void> {
  const o = await outlineOfFile(path);
  expect(o.unplaced).toBe(0);
  expect(outlineKeys(o as never, expected)).toEqual(expected);
}

describe('own variants', () => {
  for (const path of own) {
    it(`${basename(path)}: outline as expected and no word lost`, async () => {
      const exp = JSON.parse(readFileSync(path.replace(/\.(txt|md)$/, '.outline.json'), 'utf8'));
      await expectOutline(path, exp);
      const r = await importFile(path);
      if (!r.ok) throw new Error(r.error.message);
      expect(missingWords(readFileSync(path, 'utf8'), r.order, path.endsWith('.md'))).toEqual([]);
    });
  }

  it('keeps letters and tirets nested under their point', async () => {
    const r = await importFile(own[1]!);
    if (!r.ok) throw new Error(r.error.message);
    const unit = r.order.units.find((u) => u.symbol === 'KZ-01')!;
    if (unit.scope.kind !== 'tasks') throw new Error('tasks expected');
    const first = unit.scope.tasks[0]!;
    expect(first.children.map((c) => c.written?.label)).toEqual(['a)', 'b)', 'c)']);
    expect(first.children[1]!.children.map((c) => RichText.plain(c.text, r.order))).toEqual(['zmiany właściciela', 'zmiany stanu zachowania']);
    expect(r.order.repeals.map((x) => x.number)).toEqual(['12/2020', '800/2021']);
  });
});

const hasSoffice = (() => {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 30_000 });
    return true;
  } catch {
    return false;
  }
})();

describe.runIf(hasSoffice)('the same orders as DOCX and PDF made by LibreOffice', () => {
  const dir = mkdtempSync(join(tmpdir(), 'zo-variants-'));
  const sources = fixtureOrders().filter((f) => f.name.endsWith('.txt') && f.expectedOutline);
  beforeAll(() => {
    for (const f of sources) {
      const src = join(dir, `${f.stem}.txt`);
      copyFileSync(f.path, src);
      for (const fmt of ['pdf', 'docx']) {
        execFileSync('soffice', [`-env:UserInstallation=file://${dir}/lo-profile`, '--headless', '--convert-to', fmt, '--outdir', dir, src], {
          stdio: 'ignore',
          timeout: 120_000,
        });
      }
    }
  }, 240_000);
  for (const f of sources) {
    for (const fmt of ['pdf', 'docx']) {
      it(`${f.stem}.${fmt}`, async () => {
        const path = join(dir, `${f.stem}.${fmt}`);
        expect(existsSync(path)).toBe(true);
        await expectOutline(path, f.expectedOutline as object);
      });
    }
  }
});

/** Writes the variant order as a DOCX whose paragraph, point and letter numbers are automatic numbering. */
async function autoNumberedDocx(text: string, path: string): Promise<void> {
  let instance = 0;
  const paragraphs: Paragraph[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const ustep = /^(§ \d+\. )?(\d+)\. (.*)$/.exec(line);
    const point = /^(\d+)\) (.*)$/.exec(line);
    const letter = /^([a-z])\) (.*)$/.exec(line);
    if (point) {
      if (point[1] === '1') instance++;
      paragraphs.push(new Paragraph({ text: point[2], numbering: { reference: 'pkt', level: 0, instance } }));
    } else if (letter) {
      paragraphs.push(new Paragraph({ text: letter[2], numbering: { reference: 'pkt', level: 1, instance } }));
    } else if (ustep && ustep[1]) {
      // `§ 3. 1. …`: the paragraf marker stays text, the first ustęp number is Word's
      instance++;
      paragraphs.push(new Paragraph({ text: ustep[1].trim() }));
      paragraphs.push(new Paragraph({ text: ustep[3], numbering: { reference: 'ust', level: 0, instance } }));
    } else if (ustep) {
      paragraphs.push(new Paragraph({ text: ustep[3], numbering: { reference: 'ust', level: 0, instance } }));
    } else paragraphs.push(new Paragraph({ text: line }));
  }
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: 'pkt',
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: '%1)', alignment: AlignmentType.LEFT },
            { level: 1, format: LevelFormat.LOWER_LETTER, text: '%2)', alignment: AlignmentType.LEFT },
          ],
        },
        { reference: 'ust', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT }] },
      ],
    },
    sections: [{ children: paragraphs }],
  });
  writeFileSync(path, await Packer.toBuffer(doc));
}

describe.runIf(hasSoffice)('a PDF with a running header and page numbers in the footer', () => {
  it('drops the running head and foot and reads the order', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zo-heads-'));
    const docx = join(dir, 'naglowki.docx');
    const lines = readFileSync(own[0]!, 'utf8').split('\n').filter((l) => l.trim());
    // long enough for three pages
    const doc = new Document({
      sections: [
        {
          headers: { default: new Header({ children: [new Paragraph('Zarządzenie Nr 101/2025 Prezydenta Miasta Krakowa – tekst ujednolicony')] }) },
          footers: { default: new Footer({ children: [new Paragraph({ children: [new TextRun('Strona '), new TextRun({ children: [PageNumber.CURRENT] })] })] }) },
          children: lines.map((l) => new Paragraph({ text: l, spacing: { after: 400 } })),
        },
      ],
    });
    writeFileSync(docx, await Packer.toBuffer(doc));
    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/lo`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], { stdio: 'ignore', timeout: 120_000 });
    const exp = JSON.parse(readFileSync(own[0]!.replace(/\.txt$/, '.outline.json'), 'utf8'));
    const r = await importFile(join(dir, 'naglowki.pdf'));
    if (!r.ok) throw new Error(r.error.message);
    expect(outlineKeys(JSON.parse(JSON.stringify(outlineOf(r.order))), exp)).toEqual(exp);
    expect(JSON.stringify(r.order)).not.toContain('tekst ujednolicony');
  });
});

describe('a DOCX whose numbers are Word automatic numbering', () => {
  it('reads the numbers from the list structure', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zo-autonum-'));
    const path = join(dir, 'wydzial.docx');
    await autoNumberedDocx(readFileSync(own[0]!, 'utf8'), path);
    // the labels are not in the text runs…
    const r = await importFile(path);
    if (!r.ok) throw new Error(r.error.message);
    // …yet the structure comes out as from the plain text
    const exp = JSON.parse(readFileSync(own[0]!.replace(/\.txt$/, '.outline.json'), 'utf8'));
    expect(outlineKeys(JSON.parse(JSON.stringify(outlineOf(r.order))), exp)).toEqual(exp);
  });
});
