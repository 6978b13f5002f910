/**
 * Imports in the worker: the same result as in process; a worker past its heap, time or memory limit is stopped
 * and answered with one Polish line, and the next import works again.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importFile } from '../../../electron/services/import-file.js';
import { closeImportWorker, IMPORT_LIMITS, importFileIsolated } from '../../../electron/services/import-isolated.js';
import { generateOrderText } from '../../support/generate-order.js';
import { strToU8, zipSync } from 'fflate';
import { pdfDocument, SHORT_ORDER, textContent, wDocument, wParagraph } from '../../support/hostile.js';
import { fixturePath } from '../fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'zo-isolated-'));
afterAll(() => closeImportWorker());

function expectOneLine(r: Awaited<ReturnType<typeof importFileIsolated>>, code: string, says: RegExp): void {
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.error.code).toBe(code);
  expect(r.error.message).toMatch(says);
  expect(r.error.message).not.toContain('\n');
}

describe('import in the worker', () => {
  it('gives what the importer gives in process', async () => {
    const path = fixturePath('3468');
    expect(await importFileIsolated(path)).toEqual(await importFile(path));
  });

  it('passes the importer’s own refusals through', async () => {
    expectOneLine(await importFileIsolated(join(dir, 'nie-ma.txt')), 'unreadable', /Nie można otworzyć pliku „nie-ma\.txt”/);
  });

  it('runs imports one at a time, in call order, each with its own result', async () => {
    const paths = ['3468', '3842', '2006'].map(fixturePath);
    const results = await Promise.all(paths.map((p) => importFileIsolated(p)));
    expect(results.map((r) => (r.ok ? r.order.meta.number : r.error.code))).toEqual(await Promise.all(paths.map(async (p) => ((await importFile(p)) as { order: { meta: { number: string } } }).order.meta.number)));
  });

  it('answers an exhausted heap with the memory limit, then imports again', async () => {
    const big = join(dir, 'duze.txt');
    writeFileSync(big, generateOrderText({ units: 400, points: 20_000, deputies: 4 }));
    expectOneLine(await importFileIsolated(big, { ...IMPORT_LIMITS, heapMb: 24 }), 'tooLarge', /ponad 24 MB pamięci \(limit pamięci importu\)/);
    expect((await importFileIsolated(fixturePath('3842'))).ok).toBe(true);
  });

  it('answers a read past the time limit, then imports again', async () => {
    const pdf = join(dir, 'wolny.pdf');
    writeFileSync(pdf, pdfDocument(200, (i) => textContent(Array.from({ length: 40 }, (_, k) => `wiersz ${k} strony ${i} tekst tekst tekst`))));
    expectOneLine(await importFileIsolated(pdf, { ...IMPORT_LIMITS, workMs: 50 }), 'tooLarge', /przerwano po 0,05 s pracy \(limit czasu importu\)/);
    expect((await importFileIsolated(fixturePath('3842'))).ok).toBe(true);
  });

  it('answers a read past the wall-clock backstop', async () => {
    const pdf = join(dir, 'wolny2.pdf');
    writeFileSync(pdf, pdfDocument(200, (i) => textContent(Array.from({ length: 40 }, (_, k) => `wiersz ${k} strony ${i} tekst`))));
    expectOneLine(await importFileIsolated(pdf, { ...IMPORT_LIMITS, wallMs: 30 }), 'tooLarge', /przerwano po 0,03 s \(limit czasu importu\)/);
  });

  it('answers memory growing outside the heap (buffers) with the memory limit', async () => {
    const docx = join(dir, 'bufory.docx');
    const padding = new Uint8Array(30 * 1024 * 1024).fill(0x20);
    writeFileSync(docx, zipSync({ 'word/document.xml': strToU8(wDocument(SHORT_ORDER.map((l) => wParagraph(l)).join(''))), 'customXml/item1.xml': padding }));
    expectOneLine(await importFileIsolated(docx, { ...IMPORT_LIMITS, memoryMb: 16 }), 'tooLarge', /ponad 16 MB pamięci \(limit pamięci importu\)/);
    expect((await importFileIsolated(docx)).ok).toBe(true);
  });
});
