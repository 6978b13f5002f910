/**
 * The bounded unzip: what a real DOCX holds is read exactly; every hostile archive is refused with one Polish line
 * naming the limit, before (or, for a lying header, one chunk after) the work the limit guards.
 */
import { strToU8, unzipSync, zipSync } from 'fflate';
import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { openDocxArchive } from '../../../electron/services/readers/docx-archive.js';
import { listZip, readZip, ZIP_LIMITS } from '../../../electron/services/readers/zip.js';
import { crcRepeated, deflateRepeated, rawZip } from '../../support/hostile.js';
import { withCpuTime } from '../../support/cpu-time.js';

const MB = 1024 * 1024;
const all = (): boolean => true;

async function realDocx(): Promise<Uint8Array> {
  const doc = new Document({ sections: [{ children: [new Paragraph('ZARZĄDZENIE NR 1/2025'), new Paragraph('§ 1. Zarządzenie wchodzi w życie z dniem podpisania.')] }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

function expectRefused(r: { ok: boolean; error?: { code: string; message: string } }, code: string, says: RegExp): void {
  expect(r.ok).toBe(false);
  if (r.ok || !r.error) return;
  expect(r.error.code).toBe(code);
  expect(r.error.message).toMatch(says);
  expect(r.error.message).not.toContain('\n');
}

describe('reading a real archive', () => {
  it('gives every part of a DOCX written by the docx library, byte for byte', async () => {
    const bytes = await realDocx();
    const r = readZip(bytes, all);
    if (!r.ok) throw new Error(r.error.message);
    const reference = unzipSync(bytes);
    expect(new Set(r.parts.keys())).toEqual(new Set(Object.keys(reference).filter((n) => !n.endsWith('/'))));
    for (const [name, data] of r.parts) expect(Buffer.from(data).equals(Buffer.from(reference[name]!))).toBe(true);
  });

  it('reads stored and deflated entries, and only those selected', () => {
    const bytes = zipSync({ 'a.xml': [strToU8('<a/>'), { level: 0 }], 'b.xml': strToU8('<b>'.repeat(100)), 'media/c.png': new Uint8Array(10) });
    const r = readZip(bytes, (n) => n.endsWith('.xml'));
    if (!r.ok) throw new Error(r.error.message);
    expect([...r.parts.keys()].sort()).toEqual(['a.xml', 'b.xml']);
    expect(new TextDecoder().decode(r.parts.get('b.xml'))).toBe('<b>'.repeat(100));
    expect(r.names).toContain('media/c.png');
  });

  it('gives mammoth an archive of the readable parts only', async () => {
    const opened = openDocxArchive(await realDocx());
    if (!opened.ok) throw new Error(opened.error.message);
    const rebuilt = unzipSync(new Uint8Array(opened.archive.forMammoth()));
    expect(Object.keys(rebuilt)).toContain('word/document.xml');
    expect(Object.keys(rebuilt).every((n) => /\.(xml|rels)$/.test(n))).toBe(true);
  });
});

describe('hostile archives', () => {
  it('refuses more entries than the limit from the end record, before walking the directory', () => {
    const files = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`p${i}.xml`, strToU8('<x/>')]));
    expectRefused(listZip(zipSync(files), { ...ZIP_LIMITS, maxEntries: 20 }), 'tooLarge', /30 części.*20/);
  });

  it('refuses 200 entries all named word/numbering.xml', () => {
    const entries = Array.from({ length: 200 }, () => ({ name: 'word/numbering.xml', data: strToU8('<w:numbering/>') }));
    expectRefused(readZip(rawZip(entries), all), 'corrupt', /word\/numbering\.xml.*więcej niż raz/);
  });

  it('refuses names that differ only in case (OPC compares part names case-insensitively)', () => {
    expectRefused(readZip(rawZip([{ name: 'word/document.xml', data: strToU8('<a/>') }, { name: 'Word/Document.xml', data: strToU8('<b/>') }]), all), 'corrupt', /więcej niż raz/);
  });

  it('refuses an entry declared larger than the per-entry limit without inflating it', async () => {
    const bomb = deflateRepeated(new Uint8Array(MB), 1024); // 1 GB of zeros in about 1 MB
    const zip = rawZip([{ name: 'word/document.xml', compressed: bomb, size: 1024 * MB, crc: 0 }]);
    // inflating the gigabyte would cost seconds of CPU; reading the directory costs next to nothing
    const { value, cpuMs } = await withCpuTime(() => readZip(zip, all));
    expectRefused(value, 'tooLarge', /word\/document\.xml.*1024 MB.*32 MB/);
    expect(cpuMs).toBeLessThan(100);
  });

  it('refuses a lying size: the data are inflated only up to the declared size', async () => {
    const bomb = deflateRepeated(new Uint8Array(MB), 1024);
    const zip = rawZip([{ name: 'word/document.xml', compressed: bomb, size: 4096, crc: 0 }]);
    const before = process.memoryUsage().rss;
    const { value, cpuMs } = await withCpuTime(() => readZip(zip, all));
    expectRefused(value, 'tooLarge', /rozpakowuje się do więcej niż deklarowane/);
    expect(cpuMs).toBeLessThan(300);
    expect(process.memoryUsage().rss - before).toBeLessThan(64 * MB);
  });

  it('refuses a local header that disagrees with the central directory', () => {
    const zip = rawZip([{ name: 'word/document.xml', data: strToU8('<w:document/>'), localSize: 999_999_999 }]);
    expectRefused(readZip(zip, all), 'corrupt', /nagłówek części „word\/document\.xml” podaje inny rozmiar/);
  });

  it('refuses a bomb in a part only mammoth reads (word/comments.xml)', async () => {
    const segment = new Uint8Array(MB).fill(0x20);
    const bomb = deflateRepeated(segment, 512);
    const zip = rawZip([
      { name: 'word/document.xml', data: strToU8('<w:document/>') },
      { name: 'word/comments.xml', compressed: bomb, size: 512 * MB, crc: crcRepeated(segment, 512) },
    ]);
    expectRefused(openDocxArchive(zip), 'tooLarge', /word\/comments\.xml/);
  });

  it('refuses parts whose declared sizes together pass the total limit, before inflating any', async () => {
    const segment = new Uint8Array(MB);
    const part = (name: string): { name: string; compressed: Uint8Array; size: number; crc: number } => ({ name, compressed: deflateRepeated(segment, 30), size: 30 * MB, crc: crcRepeated(segment, 30) });
    const zip = rawZip([part('word/document.xml'), part('word/styles.xml'), part('word/numbering.xml')]);
    const { value, cpuMs } = await withCpuTime(() => readZip(zip, all));
    expectRefused(value, 'tooLarge', /razem ponad 90 MB.*64 MB/);
    expect(cpuMs).toBeLessThan(100);
  });

  it('refuses entries whose data overlap (one entry hidden inside another)', () => {
    const inner = { name: 'word/styles.xml', data: strToU8('<w:styles/>'), method: 0 as const };
    const innerBytes = rawZip([inner]).subarray(0, 30 + inner.name.length + inner.data.length);
    const outer = { name: 'word/document.xml', data: innerBytes, method: 0 as const };
    const zip = rawZip([outer, { ...inner, centralOffset: 30 + outer.name.length }]);
    expectRefused(readZip(zip, all), 'corrupt', /nakładają się na inną część/);
  });

  it('refuses a wrong checksum, a truncated archive and something that is not a zip', async () => {
    expectRefused(readZip(rawZip([{ name: 'a.xml', data: strToU8('<a/>'), crc: 12345 }]), all), 'corrupt', /suma kontrolna/);
    const real = await realDocx();
    expectRefused(readZip(real.subarray(0, real.length - 30), all), 'corrupt', /uszkodzony/);
    expectRefused(readZip(strToU8('PK to nie jest archiwum'), all), 'corrupt', /to nie jest archiwum ZIP/);
  });
});
