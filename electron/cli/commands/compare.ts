/**
 * `compare OLD NEW [--json] [--report PLIK.docx]`: compares two orders (usually the draft against the order it
 * repeals). `--json` prints the whole comparison (`units`: `{ old, new, change, … }`, `tasks`: `{ old, new,
 * change, similarity, … }`, leadership, subordination, common duties, coverage questions, summary), citations in
 * each order's own numbering. `--report` writes the change report (zestawienie zmian) as DOCX. Without either, a
 * readable Polish summary. Exit 0 on success, 1 when a file cannot be read or written, 2 for wrong usage.
 */
import { compareOrders, type Comparison } from '../../../core/compare/index.js';
import { writeChangeReport } from '../../services/change-report.js';
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
  L.push(`Usunięte zadania do wyjaśnienia w wykazie pokrycia: ${c.coverage.filter((q) => !q.answer).length}.`);
  return `${L.join('\n')}\n`;
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const { positional, options } = parseArgs(args, ['json']);
  const [oldFile, newFile] = positional;
  if (!oldFile || !newFile) {
    io.err('Podaj dwa pliki: npm run -s cli -- compare STARE NOWE [--json] [--report PLIK.docx]\n');
    return 2;
  }
  if (options.report === true) {
    io.err('Po --report podaj nazwę pliku .docx.\n');
    return 2;
  }
  const a = await loadOrder(oldFile, io);
  if (!a) return 1;
  const b = await loadOrder(newFile, io);
  if (!b) return 1;
  const cmp = compareOrders(a, b);
  if (typeof options.report === 'string') {
    try {
      await writeChangeReport(cmp, options.report);
    } catch {
      io.err(`Nie można zapisać pliku „${options.report}”.\n`);
      return 1;
    }
    if (!options.json) io.out(`Zapisano zestawienie zmian: ${options.report}\n`);
  }
  if (options.json) io.out(`${JSON.stringify(cmp, null, 2)}\n`);
  else if (typeof options.report !== 'string') io.out(readable(cmp));
  return 0;
}
