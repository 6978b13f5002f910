/**
 * `draft edit PROJEKT.json --out NOWY.json` with register operations, repeatable and applied in the order given
 * (issue 11 item 6, issue 12): `--rename SYMBOL "nazwa"`, `--symbol STARY NOWY`, `--superior SYMBOL PRZEŁOŻONY`,
 * `--merge Z DO`, `--move-task "§ 6 pkt 2" SYMBOL`, `--remove SYMBOL`,
 * `--split SYMBOL NOWY_SYMBOL "nazwa" "§ 6 pkt 2, 3"`. The operations are core/draft's (`script.ts`), the editor's
 * own. All or nothing: when one fails, nothing is written and one Polish line names the operation and why
 * (exit 1); a malformed command line exits 2. Without `--out` the new draft is printed.
 */
import { applyScript, type EditOp } from '../../../core/draft/script.js';
import { OrderFile } from '../../../core/model/order-file.js';
import { loadOrder } from '../load-order.js';
import { writeOrPrint, type CliIo } from '../io.js';

/** Number of values each operation takes. */
const ARITY: Record<EditOp['op'], number> = { rename: 2, symbol: 2, superior: 2, merge: 2, 'move-task': 2, remove: 1, split: 4 };

function toOp(op: EditOp['op'], v: string[]): EditOp {
  switch (op) {
    case 'rename':
      return { op, symbol: v[0]!, name: v[1]! };
    case 'symbol':
      return { op, from: v[0]!, to: v[1]! };
    case 'superior':
      return { op, symbol: v[0]!, superior: v[1]! };
    case 'merge':
      return { op, from: v[0]!, into: v[1]! };
    case 'move-task':
      return { op, where: v[0]!, symbol: v[1]! };
    case 'remove':
      return { op, symbol: v[0]! };
    case 'split':
      return { op, symbol: v[0]!, newSymbol: v[1]!, name: v[2]!, tasks: v[3]! };
  }
}

/** The operation as the user wrote it, for messages: `--merge KS-03 KS-02`. */
export function describeOp(op: EditOp): string {
  const q = (s: string) => (/\s/.test(s) || !s ? `„${s}”` : s);
  const vals: string[] = Object.entries(op).filter(([k]) => k !== 'op').map(([, v]) => q(String(v)));
  return `--${op.op} ${vals.join(' ')}`;
}

/**
 * Reads the command line after `draft edit`. Out: the draft's path, `--out`, the operations in order, or a Polish
 * message for a line that cannot be read (an unknown option, an operation missing its values).
 */
export function parseEditArgs(args: string[]): { ok: true; draft: string; out?: string; ops: EditOp[] } | { ok: false; message: string } {
  let draft: string | undefined;
  let out: string | undefined;
  const ops: EditOp[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (!a.startsWith('--')) {
      if (draft !== undefined) return { ok: false, message: `Nadmiarowy argument „${a}”.` };
      draft = a;
      continue;
    }
    const name = a.slice(2);
    if (name === 'out') {
      if (i + 1 >= args.length) return { ok: false, message: 'Po --out podaj plik wynikowy.' };
      out = args[++i]!;
      continue;
    }
    if (!Object.hasOwn(ARITY, name)) return { ok: false, message: `Nieznana operacja „${a}”.` };
    const n = ARITY[name as EditOp['op']];
    const values = args.slice(i + 1, i + 1 + n);
    if (values.length < n || values.some((v) => v.startsWith('--'))) return { ok: false, message: `Operacja ${a} potrzebuje ${n === 1 ? 'jednej wartości' : `${n} wartości`}.` };
    ops.push(toOp(name as EditOp['op'], values));
    i += n;
  }
  if (!draft) return { ok: false, message: 'Podaj plik projektu: draft edit PROJEKT.json --out NOWY.json --rename SYMBOL "nazwa" …' };
  if (!ops.length) return { ok: false, message: 'Podaj co najmniej jedną operację (--rename, --symbol, --superior, --merge, --move-task, --remove, --split).' };
  return { ok: true, draft, ...(out ? { out } : {}), ops };
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const parsed = parseEditArgs(args);
  if (!parsed.ok) {
    io.err(`${parsed.message}\n`);
    return 2;
  }
  const order = await loadOrder(parsed.draft, io);
  if (!order) return 1;
  const r = applyScript(order, parsed.ops);
  if (!r.ok) {
    io.err(`${describeOp(parsed.ops[r.index]!)}: ${r.message} Nie zapisano zmian.\n`);
    return 1;
  }
  return writeOrPrint(parsed.out, OrderFile.serialize(r.order), 'Zapisano projekt', io);
}
