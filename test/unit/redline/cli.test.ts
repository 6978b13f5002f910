/** `compare OLD NEW --redline FILE.docx` with `--report`, `--author`, `--date`, `--justification`; wrong usage. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { run as compare } from '../../../electron/cli/commands/compare.js';
import { fixturePath } from '../fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'zo-redline-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function io() {
  const o = { out: '', err: '' };
  return { o, io: { out: (s: string) => void (o.out += s), err: (s: string) => void (o.err += s) } };
}

describe('compare --redline', () => {
  it('writes the redline and the report signed with the author and the date given', async () => {
    const red = join(dir, 'zmiany.docx');
    const rep = join(dir, 'zestawienie.docx');
    const why = join(dir, 'uzasadnienie.txt');
    writeFileSync(why, 'Zmiana struktury Kancelarii.\n\nDrugi akapit.');
    const { o, io: cli } = io();
    const args = [fixturePath('1630-2007'), fixturePath('2006-2020'), '--redline', red, '--report', rep, '--author', 'Jan Kowalski', '--date', '2026-03-02', '--justification', why];
    expect(await compare(args, cli)).toBe(0);
    expect(o.out).toMatch(/Zapisano zestawienie zmian: .*zestawienie\.docx/);
    expect(o.out).toMatch(/Zapisano wersję ze zmianami: .*zmiany\.docx \(akapity bez zmian \d+, zmienione \d+, dodane \d+, usunięte \d+, przeniesione \d+\)/);
    const doc = strFromU8(unzipSync(new Uint8Array(readFileSync(red)))['word/document.xml']!);
    expect(doc).toMatch(/<w:ins w:id="\d+" w:author="Jan Kowalski" w:date="2026-03-02T00:00:00Z">/);
    const report = strFromU8(unzipSync(new Uint8Array(readFileSync(rep)))['word/document.xml']!).replace(/<[^>]+>/g, '');
    expect(report).toContain('Sporządził(a): Jan Kowalski, 2 marca 2026 r.');
    expect(report).toContain('Zmiana struktury Kancelarii.');
    expect(report).toContain('Drugi akapit.');
  });

  it('refuses a wrong date, a missing file name and an unreadable justification', async () => {
    const a = fixturePath('1630-2007');
    const b = fixturePath('2006-2020');
    let r = io();
    expect(await compare([a, b, '--redline', join(dir, 'x.docx'), '--date', '2.03.2026'], r.io)).toBe(2);
    expect(r.o.err).toMatch(/RRRR-MM-DD/);
    r = io();
    expect(await compare([a, b, '--redline'], r.io)).toBe(2);
    expect(r.o.err).toMatch(/--redline/);
    r = io();
    expect(await compare([a, b, '--report', join(dir, 'y.docx'), '--justification', join(dir, 'brak.txt')], r.io)).toBe(1);
    expect(r.o.err).toMatch(/Nie można odczytać pliku/);
    r = io();
    expect(await compare([a, b, '--redline', join(dir, 'nie-ma-folderu', 'z.docx')], r.io)).toBe(1);
    expect(r.o.err).toMatch(/Nie można zapisać pliku/);
  });
});
