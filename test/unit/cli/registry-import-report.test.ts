/**
 * `registry import` reports as the app's import report does: the registry's sentence, then the unplaced text first
 * with its count, then the importer's other notes (an order written for the test, with text the model has no place for).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { run } from '../../../electron/cli/commands/registry.js';
import { UNPLACED_ORDER_LINES, UNPLACED_PASSAGE } from '../../support/unplaced-order.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'zo-cli-report-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it('prints the unplaced text first, with its count, before the other notes', async () => {
  const file = join(dir, 'biuro-promocji.txt');
  // a page number left in the copy gives the importer another kind of note
  writeFileSync(file, [...UNPLACED_ORDER_LINES.slice(0, 9), 'Strona 1 z 2', ...UNPLACED_ORDER_LINES.slice(9)].join('\n'));
  let out = '';
  const code = await run(['import', file, '--db', join(dir, 'rejestr.sqlite'), '--empty'], { out: (s) => (out += s), err: (s) => (out += s) });
  expect(code).toBe(0);
  const lines = out.trim().split('\n');
  expect(lines[0]).toMatch(/^Dodano do rejestru zarządzenie nr 214\/2025/);
  const count = Number(/^ {2}tekst nieprzypisany: (\d+)/.exec(lines[1] ?? '')?.[1]);
  expect(count).toBeGreaterThan(0);
  const notes = lines.slice(2);
  expect(notes.slice(0, count).every((l) => l.startsWith('  uwaga: Tekst nieprzypisany'))).toBe(true);
  expect(notes.slice(0, count).some((l) => l.includes(UNPLACED_PASSAGE))).toBe(true);
  expect(notes.length).toBeGreaterThan(count);
  expect(notes.slice(count).some((l) => l.startsWith('  uwaga: Tekst nieprzypisany'))).toBe(false);
});
