/**
 * `compare OLD NEW [--json] [--report PLIK.docx] [--redline PLIK.docx] [--author "Imię Nazwisko"] [--date RRRR-MM-DD]
 * [--justification PLIK.txt]`: compares two orders (usually the draft against the order it repeals), with the
 * draft's coverage-ledger links applied (core/ledger). `--json` prints the whole comparison (`units`, `tasks`,
 * leadership, subordination, common duties, coverage questions, summary), citations in each order's own numbering.
 * `--report` writes the change report (zestawienie zmian) as DOCX: rows per unit, summary, dropped tasks with their
 * answers, the justification (the draft's own text, or the file given with `--justification`), the author (default:
 * the system user) and the date (default: today). `--redline` writes NEW as Word tracked changes against OLD
 * (core/redline), every revision signed with the author and the date. Without any of these, a readable Polish
 * summary. Exit 0 on success, 1 when a file cannot be read or written, 2 for wrong usage.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { compareOrders, type Comparison } from '../../../core/compare/index.js';
import { ledgerState, withLedger } from '../../../core/ledger/index.js';
import { buildRedline } from '../../../core/redline/index.js';
import { writeChangeReport } from '../../services/change-report.js';
import { today } from '../../services/handlers/review.js';
import { loadOrder } from '../load-order.js';
import { parseArgs, type CliIo } from '../io.js';

const UNIT_PL = { kept: 'bez zmian', renamed: 'zmiana nazwy', symbolChanged: 'zmiana symbolu', moved: 'zmiana podległości', merged: 'włączona', split: 'wydzielona', added: 'nowa', removed: 'zniesiona' } as const;
const TASK_PL = { kept: 'bez zmian', reworded: 'przeredagowane', moved: 'przeniesione', merged: 'włączone do innego', split: 'wydzielone', dropped: 'USUNIĘTE', added: 'nowe' } as const;

function readable(c: Comparison): string {
  const L: string[] = [`Porównanie: ${c.old.number ?? 'projekt'} → ${c.new.number ?? 'projekt'}`, '', 'Komórki:'];
  for (const u of c.units) L.push(`  ${(u.old ?? '—').padEnd(9)} → ${(u.new ?? '—').padEnd(9)} ${UNIT_PL[u.change].padEnd(19)} ${u.note}`);
  L.push('', 'Zadania:');
  for (const t of c.tasks) {
    if (t.change === 'kept') continue;
    const text = (t.oldText ?? t.newText ?? '').slice(0, 70);
    L.push(`  ${(t.old ?? '—').padEnd(22)} → ${(t.new ?? '—').padEnd(24)} ${TASK_PL[t.change].padEnd(16)} ${text}`);
  }
  const s = c.summary;
  L.push('', `Zadania: bez zmian ${s.kept}, przeredagowane ${s.reworded}, przeniesione ${s.moved}, włączone ${s.merged}, wydzielone ${s.split}, usunięte ${s.dropped}, nowe ${s.added}.`);
  const ledger = ledgerState(c);
  L.push(`Usunięte zadania do wyjaśnienia w wykazie pokrycia: ${ledger.open}${ledger.questions && ledger.closed ? ' (wykaz zamknięty)' : ''}.`);
  return `${L.join('\n')}\n`;
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const { positional, options } = parseArgs(args, ['json']);
  const [oldFile, newFile] = positional;
  if (!oldFile || !newFile) {
    io.err('Podaj dwa pliki: npm run -s cli -- compare STARE NOWE [--json] [--report PLIK.docx] [--redline PLIK.docx] [--author "Imię Nazwisko"] [--date RRRR-MM-DD] [--justification PLIK.txt]\n');
    return 2;
  }
  for (const o of ['report', 'redline', 'author', 'date', 'justification'] as const) {
    if (options[o] === true) {
      io.err(`Po --${o} podaj wartość${o === 'report' || o === 'redline' ? ' (nazwę pliku .docx)' : ''}.\n`);
      return 2;
    }
  }
  const date = typeof options.date === 'string' ? options.date : today();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date))) {
    io.err(`Data „${date}” nie ma postaci RRRR-MM-DD.\n`);
    return 2;
  }
  const author = typeof options.author === 'string' ? options.author.trim() : userInfo().username;
  const a = await loadOrder(oldFile, io);
  if (!a) return 1;
  const b = await loadOrder(newFile, io);
  if (!b) return 1;
  let justification: string | undefined;
  if (typeof options.justification === 'string') {
    try {
      justification = await readFile(options.justification, 'utf8');
    } catch {
      io.err(`Nie można odczytać pliku „${options.justification}”.\n`);
      return 1;
    }
  }
  const cmp = withLedger(compareOrders(a, b), b);
  const written: string[] = [];
  if (typeof options.report === 'string') {
    try {
      await writeChangeReport(cmp, a, b, { author, date, justification }, options.report);
    } catch {
      io.err(`Nie można zapisać pliku „${options.report}”.\n`);
      return 1;
    }
    written.push(`Zapisano zestawienie zmian: ${options.report}`);
  }
  if (typeof options.redline === 'string') {
    const r = buildRedline(a, b, { author, date: `${date}T00:00:00Z`, comparison: cmp });
    try {
      await writeFile(options.redline, r.docx);
    } catch {
      io.err(`Nie można zapisać pliku „${options.redline}”.\n`);
      return 1;
    }
    const s = r.stats;
    written.push(`Zapisano wersję ze zmianami: ${options.redline} (akapity bez zmian ${s.same}, zmienione ${s.changed}, dodane ${s.inserted}, usunięte ${s.deleted}, przeniesione ${s.moved})`);
  }
  if (options.json) io.out(`${JSON.stringify(cmp, null, 2)}\n`);
  else if (written.length) io.out(`${written.join('\n')}\n`);
  else io.out(readable(cmp));
  return 0;
}
