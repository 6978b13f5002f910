/**
 * `check FILE|DRAFT.json [--against FILE] [--today RRRR-MM-DD] [--db FILE|postgresql://…] [--json]`: checks an order
 * or a draft (`--db`: the journal citations also from that registry, see `../citation-book.ts`); an amending
 * order (zarządzenie zmieniające) with `--against` the order it amends is checked against it (`core/checks/rules/amending.ts`).
 * With `--json` prints `{ "findings": [ { "code", "severity", "where", "message" } ] }` (plus `"document":
 * "against"` for findings located in the replaced order, and `"fixable": true` where a fix exists); without it a
 * readable Polish list, errors first. Exit code 0 when the check ran (whatever it found), 1 when a file cannot be
 * read, 2 for wrong usage.
 */
import { citedNumber, orderTree, type AmendedFacts } from '../../../core/amend/index.js';
import { checkOrder, sortFindings, type Finding } from '../../../core/checks/index.js';
import { citationBookOf } from '../citation-book.js';
import { loadOrder } from '../load-order.js';
import { parseArgs, type CliIo } from '../io.js';

const SEVERITY_PL = { error: 'BŁĄD', warning: 'OSTRZEŻENIE', info: 'UWAGA' } as const;

/** The JSON shape of one finding. */
export function findingJson(f: Finding): Record<string, unknown> {
  return { code: f.code, severity: f.severity, where: f.where, message: f.message, ...(f.document === 'against' ? { document: 'against' } : {}), ...(f.fix ? { fixable: true } : {}) };
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const { positional, options } = parseArgs(args, ['json']);
  const file = positional[0];
  if (!file) {
    io.err('Podaj plik: npm run -s cli -- check PLIK|PROJEKT.json [--against PLIK] [--json]\n');
    return 2;
  }
  const today = typeof options.today === 'string' ? options.today : undefined;
  if (today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(today)) {
    io.err(`Nieprawidłowa data „${today}” (oczekiwano RRRR-MM-DD).\n`);
    return 2;
  }
  const order = await loadOrder(file, io);
  if (!order) return 1;
  const fromDb = await citationBookOf(options.db, io);
  if (!fromDb.ok) return 1;
  let against;
  if (options.against !== undefined) {
    if (options.against === true) {
      io.err('Po --against podaj plik zarządzenia zastępowanego.\n');
      return 2;
    }
    const a = await loadOrder(options.against, io);
    if (!a) return 1;
    against = a;
  }
  // an amending order is checked against the order it amends (core/checks/rules/amending.ts), not as its replacement;
  // a file says nothing of the registry, so the order given is taken as in force with no earlier amendments
  const cited = against ? citedNumber(order) : null;
  const amended: AmendedFacts | undefined = against && cited ? { number: cited, order: { status: 'inForce', base: against, tree: orderTree(against), earlier: [] } } : undefined;
  const findings = sortFindings(checkOrder(order, { against: amended ? undefined : against, today, citations: fromDb.book, amended }));
  if (options.json) {
    io.out(`${JSON.stringify({ findings: findings.map(findingJson) }, null, 2)}\n`);
    return 0;
  }
  if (!findings.length) {
    io.out('Nie znaleziono błędów.\n');
    return 0;
  }
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  const lines = findings.map((f) => `${SEVERITY_PL[f.severity].padEnd(12)} ${(f.document === 'against' ? `${f.where} (zarządzenie zastępowane)` : f.where).padEnd(20)} ${f.message}`);
  io.out(`${lines.join('\n')}\n\nBłędy: ${count('error')}, ostrzeżenia: ${count('warning')}, uwagi: ${count('info')}.\n`);
  return 0;
}
