/**
 * The DOCX of an order, read back from its zip: `word/document.xml` holds every rendered block in order, in the
 * paragraph style of its editorial unit, numbers as text (no Word numbering), the non-breaking spaces of Polish
 * typography; a portrait section then a landscape annex section with the chart as SVG with a PNG fallback; a draft
 * has `PROJEKT` in its header; the document properties are filled.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { orderDocx } from '../../../core/docx/index.js';
import type { Order } from '../../../core/model/order.js';
import { renderDocument } from '../../../core/render/document.js';
import { buildExport } from '../../../electron/services/export/index.js';
import { docxParagraphs, expectedLines, exportCases, unzipText } from './helpers.js';

type Case = { name: string; order: Order; parts: Record<string, string> };
let cases: Case[] = [];

beforeAll(async () => {
  cases = [];
  for (const c of await exportCases()) {
    const b = await buildExport(c.order, { pngDpi: 72 });
    cases.push({ ...c, parts: unzipText(b.docx) });
  }
});

const sectPrs = (xml: string): string[] => [...xml.matchAll(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
const attr = (xml: string, el: string, a: string): number => Number(new RegExp(`<${el} [^>]*${a}="(\\d+)"`).exec(xml)?.[1] ?? NaN);

describe('DOCX export', () => {
  it('writes every rendered block, in order, as one paragraph (label, tab or space, text)', () => {
    for (const c of cases) {
      const doc = renderDocument(c.order);
      const got = docxParagraphs(c.parts['word/document.xml']!)
        .filter((p) => p.text !== '')
        .map((p) => p.text.replace('\t', ' '));
      expect(got, c.name).toEqual(expectedLines(doc));
    }
  });

  it('keeps the non-breaking spaces of Polish typography in the runs', () => {
    for (const c of cases) {
      const xml = c.parts['word/document.xml']!;
      expect(xml, c.name).toMatch(/§\u00a0\d+\./);
      expect(xml, c.name).not.toMatch(/§ \d/);
    }
  });

  it('keeps unit symbols on one line: their hyphens are non-breaking hyphens', () => {
    for (const c of cases.filter((x) => x.order.units.some((u) => /-/.test(u.symbol)))) {
      const xml = c.parts['word/document.xml']!;
      const sym = c.order.units.find((u) => /^\p{Lu}+-\d+$/u.test(u.symbol))!.symbol;
      const [a, b] = sym.split('-');
      expect(xml, c.name).toMatch(new RegExp(`${a}</w:t><w:noBreakHyphen/><w:t[^>]*>${b}`));
      expect(xml, c.name).not.toMatch(new RegExp(`>${sym}<|[ (]${sym}[);,. ]`));
    }
  });

  it('styles each paragraph after its editorial unit, and defines those styles by name', () => {
    for (const c of cases) {
      const doc = renderDocument(c.order);
      const paras = docxParagraphs(c.parts['word/document.xml']!).filter((p) => p.text !== '');
      const styles = c.parts['word/styles.xml']!;
      const kindStyle = { paragraf: 'Paragraf', ustep: 'Ustep', punkt: 'Punkt', litera: 'Litera', tiret: 'Tiret', wspolna: 'CzescWspolna', line: 'Wiersz' } as const;
      const expected = [
        ...doc.heading.map(() => 'Naglowek'),
        'Tytul',
        ...(doc.basis ? ['PodstawaPrawna'] : []),
        ...doc.body.map((b) => kindStyle[b.kind]),
        ...doc.signature.map(() => 'Podpis'),
        ...(doc.annex ? [...doc.annex.heading.map(() => 'ZalacznikNaglowek'), 'ZalacznikTytul'] : []),
      ];
      expect(paras.map((p) => p.style), c.name).toEqual(expected);
      for (const s of new Set(expected)) expect(styles, `${c.name} ${s}`).toContain(`w:styleId="${s}"><w:name w:val="${s}"/>`);
    }
  });

  it('writes numbers as text, never as Word list numbering, and hangs points, letters and tirets', () => {
    const seen = new Set<string>();
    for (const c of cases) {
      const xml = c.parts['word/document.xml']!;
      expect(xml, c.name).not.toContain('w:numPr');
      expect(c.parts['word/styles.xml'], c.name).not.toContain('w:numPr');
      for (const p of docxParagraphs(xml)) {
        if (p.style === 'Punkt') expect(p.text, c.name).toMatch(/^\d+\)\t\S/);
        if (p.style === 'Litera') expect(p.text, c.name).toMatch(/^[a-z]{1,2}\)\t\S/);
        if (p.style === 'Tiret') expect(p.text, c.name).toMatch(/^–\t\S/);
        if (p.style === 'Paragraf') expect(p.text, c.name).toMatch(/^§\u00a0\d+\. \S/);
        if (p.style) seen.add(p.style);
      }
    }
    expect([...seen]).toEqual(expect.arrayContaining(['Punkt', 'Litera', 'Tiret', 'Ustep', 'CzescWspolna']));
    // the hanging indent lives in the styles: left indent, the same hanging, a tab stop where the text starts
    const styles = cases[0]!.parts['word/styles.xml']!;
    for (const s of ['Punkt', 'Litera', 'Tiret']) {
      const def = new RegExp(`w:styleId="${s}">[\\s\\S]*?</w:style>`).exec(styles)![0];
      const left = attr(def, 'w:ind', 'w:left');
      const hanging = attr(def, 'w:ind', 'w:hanging');
      expect(hanging, s).toBeGreaterThan(0);
      expect(left, s).toBeGreaterThanOrEqual(hanging);
      expect(def, s).toContain(`w:pos="${left}"`);
    }
  });

  it('lays the order on A4 portrait with 2.5 cm margins in 12 pt Times New Roman, justified, and the annex on a landscape section', () => {
    for (const c of cases) {
      const xml = c.parts['word/document.xml']!;
      const secs = sectPrs(xml);
      const annex = renderDocument(c.order).annex !== null;
      expect(secs.length, c.name).toBe(annex ? 2 : 1);
      const [first, last] = [secs[0]!, secs[secs.length - 1]!];
      expect([attr(first, 'w:pgSz', 'w:w'), attr(first, 'w:pgSz', 'w:h')], c.name).toEqual([11906, 16838]);
      expect(first).not.toContain('landscape');
      for (const side of ['top', 'bottom', 'left', 'right']) expect(Math.abs(attr(first, 'w:pgMar', `w:${side}`) - 1417), side).toBeLessThanOrEqual(2);
      if (annex) {
        expect(last).toContain('w:orient="landscape"');
        expect(attr(last, 'w:pgSz', 'w:w')).toBeGreaterThan(attr(last, 'w:pgSz', 'w:h'));
        // the annex section ends the body: the landscape sectPr is the body's own, after the chart
        expect(xml.lastIndexOf('<w:drawing>')).toBeLessThan(xml.lastIndexOf(last));
      }
      const styles = c.parts['word/styles.xml']!;
      expect(styles).toMatch(/<w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman"[^>]*\/><w:sz w:val="24"\/>/);
      expect(styles).toMatch(/<w:pPrDefault><w:pPr><w:spacing [^>]*w:line="240" w:lineRule="auto"\/><w:jc w:val="both"\/>/);
    }
  });

  it('embeds the chart as an SVG picture with a PNG fallback, fitted inside the landscape text area', () => {
    for (const c of cases.filter((x) => renderDocument(x.order).annex)) {
      const xml = c.parts['word/document.xml']!;
      const media = Object.keys(c.parts).filter((k) => k.startsWith('word/media/'));
      expect(media.some((m) => m.endsWith('.svg')), c.name).toBe(true);
      expect(media.some((m) => m.endsWith('.png')), c.name).toBe(true);
      expect(xml, c.name).toContain('asvg:svgBlip');
      const cx = attr(xml, 'wp:extent', 'cx');
      const cy = attr(xml, 'wp:extent', 'cy');
      const last = sectPrs(xml).pop()!;
      const emuPerTwip = 635;
      const textW = (attr(last, 'w:pgSz', 'w:w') - attr(last, 'w:pgMar', 'w:left') - attr(last, 'w:pgMar', 'w:right')) * emuPerTwip;
      const textH = (attr(last, 'w:pgSz', 'w:h') - attr(last, 'w:pgMar', 'w:top') - attr(last, 'w:pgMar', 'w:bottom')) * emuPerTwip;
      expect(cx, c.name).toBeLessThanOrEqual(textW + emuPerTwip * 20);
      expect(cy, c.name).toBeLessThan(textH * 0.9);
      expect(cx, c.name).toBeGreaterThan(textW * 0.9);
    }
  });

  it('marks a draft with PROJEKT in the header of both sections and leaves number and date blank', () => {
    const draft = cases.find((c) => c.name.startsWith('projekt-'))!;
    const signed = cases.find((c) => c.name.includes('3468') && !c.name.startsWith('projekt-'))!;
    const headers = Object.keys(draft.parts).filter((k) => /^word\/header\d+\.xml$/.test(k));
    expect(headers.length).toBeGreaterThan(0);
    expect(headers.some((h) => draft.parts[h]!.includes('>PROJEKT<'))).toBe(true);
    for (const s of sectPrs(draft.parts['word/document.xml']!)) expect(s).toContain('<w:headerReference');
    const paras = docxParagraphs(draft.parts['word/document.xml']!);
    expect(paras[0]!.text).toMatch(/^ZARZĄDZENIE NR …+\/\d{4}$/);
    expect(paras.find((p) => p.style === 'ZalacznikNaglowek')!.text).toMatch(/Nr …/);
    expect(Object.values(signed.parts).some((x) => x.includes('>PROJEKT<'))).toBe(false);
  });

  it('fills the document properties: title from the heading and title, subject, creator', () => {
    for (const c of cases) {
      const core = c.parts['docProps/core.xml']!;
      const doc = renderDocument(c.order);
      const title = /<dc:title>([^<]*)<\/dc:title>/.exec(core)?.[1] ?? '';
      expect(title, c.name).toContain(doc.heading[0]!.replace(/\u00a0/g, ' '));
      expect(title, c.name).toContain(c.order.meta.title.slice(0, 30));
      expect(title.startsWith('PROJEKT'), c.name).toBe(doc.draft);
      expect(core, c.name).toMatch(/<dc:subject>[^<]+<\/dc:subject>/);
      expect(core, c.name).toContain('<dc:creator>Urząd Miasta Krakowa</dc:creator>');
    }
  });

  it('writes an order without units (a general order) in one portrait section with no picture', async () => {
    const general = cases.find((c) => c.order.units.length === 0)!;
    expect(general).toBeDefined();
    const parts = unzipText(await orderDocx(general.order));
    const xml = parts['word/document.xml']!;
    expect(Object.keys(parts).some((k) => k.startsWith('word/media/'))).toBe(false);
    expect(sectPrs(xml).length).toBe(1);
    expect(xml).not.toContain('<w:drawing>');
    expect(xml).not.toContain('landscape');
  });
});
