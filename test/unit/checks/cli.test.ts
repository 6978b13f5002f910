/** The `check` and `compare` CLI commands: JSON shapes, the readable output, the DOCX report, bad usage. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run as check } from '../../../electron/cli/commands/check.js';
import { run as compare } from '../../../electron/cli/commands/compare.js';
import { fixturePath } from '../fixtures.js';

function io() {
  const o = { out: '', err: '' };
  return { o, io: { out: (s: string) => void (o.out += s), err: (s: string) => void (o.err += s) } };
}

describe('check and compare commands', () => {
  it('check --json prints findings with code, severity, where, message', async () => {
    const { o, io: cli } = io();
    expect(await check([fixturePath('3468-2024'), '--json'], cli)).toBe(0);
    const j = JSON.parse(o.out) as { findings: Record<string, unknown>[] };
    expect(j.findings.length).toBeGreaterThan(3);
    for (const f of j.findings) {
      expect(Object.keys(f)).toEqual(expect.arrayContaining(['code', 'severity', 'where', 'message']));
      expect(['error', 'warning', 'info']).toContain(f.severity);
    }
    expect(j.findings.map((f) => f.where)).toContain('§ 9 pkt 6');
  });

  it('check --against reports the repeal mismatch; the readable output is Polish', async () => {
    const { o, io: cli } = io();
    expect(await check([fixturePath('2006-2020'), '--against', fixturePath('1630-2007')], cli)).toBe(0);
    expect(o.out).toMatch(/BŁĄD\s+§ 11\s+Przepis uchylający wskazuje zarządzenie nr 551\/2015/);
    expect(o.out).toMatch(/zarządzenie zastępowane/);
  });

  it('check refuses a missing file and a bad date', async () => {
    const a = io();
    expect(await check(['/nie/ma/takiego.txt'], a.io)).toBe(1);
    expect(a.o.err).toMatch(/Nie można otworzyć/);
    const b = io();
    expect(await check([fixturePath('3468-2024'), '--today', '2025-13'], b.io)).toBe(2);
  });

  it('compare --json prints units and tasks rows with citations', async () => {
    const { o, io: cli } = io();
    expect(await compare([fixturePath('1630-2007'), fixturePath('2006-2020'), '--json'], cli)).toBe(0);
    const j = JSON.parse(o.out) as { units: { old: string | null; new: string | null; change: string }[]; tasks: { old: string | null; new: string | null; change: string; similarity: number }[] };
    expect(j.units).toContainEqual(expect.objectContaining({ old: 'KP-01', new: 'KP-02', change: 'symbolChanged' }));
    expect(j.tasks).toContainEqual(expect.objectContaining({ old: '§ 6 pkt 4', new: '§ 7 ust. 1 pkt 3 lit. f' }));
    for (const t of j.tasks) expect(t.similarity).toBeGreaterThanOrEqual(0);
  });

  it('compare --report writes a DOCX with the change table', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zo-report-'));
    const file = join(dir, 'zestawienie.docx');
    const { o, io: cli } = io();
    expect(await compare([fixturePath('1630-2007'), fixturePath('2006-2020'), '--report', file], cli)).toBe(0);
    expect(o.out).toMatch(/Zapisano zestawienie zmian/);
    const bytes = readFileSync(file);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    const { unzipSync, strFromU8 } = await import('fflate');
    const xml = strFromU8(unzipSync(new Uint8Array(bytes))['word/document.xml']!);
    expect(xml).toContain('ZESTAWIENIE ZMIAN');
    expect(xml).toContain('Referat Obsługi Prezydenta');
    expect(xml).toContain('Stanowiska ds. Spotkań z Mieszkańcami');
    expect(xml).toMatch(/w:orient="landscape"/);
  });

  it('compare needs two files', async () => {
    const { io: cli } = io();
    expect(await compare([fixturePath('1630-2007')], cli)).toBe(2);
  });
});
