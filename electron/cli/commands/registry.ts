/**
 * `registry` command: the registry of orders from the command line, on the same services as the app.
 *
 *   registry import PLIK… --db PATH               imports order files (the same file twice is recognised)
 *   registry list [--json] --db PATH              [ { id, number, date, subject, status } ]
 *   registry search TEKST [--json] --db PATH      [ { number, subject, unit, symbol, where, text } ]
 *   registry draft --replacing NUMER --db PATH    a draft replacing an order (core/draft `draftReplacing`), saved as version 1
 *   registry versions ID [--json] --db PATH       the versions of a draft
 *   registry sign ID --number N/RRRR --date RRRR-MM-DD [--author KTO] --db PATH
 *   registry backup PLIK --db PATH                a consistent copy of the registry
 *
 * PATH is a SQLite file or the address of the office's PostgreSQL registry (`postgresql://user@host/database`;
 * the password from PGPASSWORD or ~/.pgpass, as for psql).
 *
 * Like the app, a registry opened for the first time gets the sample registry (`resources/sample`); `--empty`
 * leaves a new registry empty. Messages in Polish; exit code 0 on success, 1 when the operation failed, 2 for
 * wrong usage.
 */
import { userInfo } from 'node:os';
import { parseArgs, type CliIo } from '../io.js';
import { importForCli } from '../load-order.js';
import { draftReplacing } from '../../../core/draft/index.js';
import { splitImportNotes } from '../../../core/import/unplaced.js';
import { importFileIntoRegistry, openRegistry, readCitations, type Registry, type RegistryStatus } from '../../services/registry/index.js';

const STATUS_PL: Record<RegistryStatus, string> = { draft: 'projekt', signed: 'podpisane', inForce: 'obowiązujące', repealed: 'uchylone' };

const USAGE = `Użycie: registry POLECENIE … --db PLIK|postgresql://UŻYTKOWNIK@SERWER/BAZA
  import PLIK…                        importuje zarządzenia do rejestru
  list [--json]                       wypisuje rejestr
  search TEKST [--json]               szuka zadań w obowiązujących zarządzeniach
  draft --replacing NUMER             tworzy projekt zastępujący zarządzenie
  versions ID [--compare N] [--json]  wypisuje wersje projektu (albo porównuje wersję N ze stanem bieżącym)
  sign ID --number N/RRRR --date RRRR-MM-DD [--author KTO]
  backup PLIK                         zapisuje kopię rejestru
Opcje: --empty (nowy rejestr bez rejestru przykładowego)
--db: plik rejestru (SQLite) albo adres rejestru na serwerze PostgreSQL; hasło w zmiennej PGPASSWORD lub w ~/.pgpass
`;

function author(options: Record<string, string | true>): string {
  if (typeof options.author === 'string' && options.author.trim()) return options.author.trim();
  try {
    return userInfo().username || 'wiersz poleceń';
  } catch {
    return 'wiersz poleceń';
  }
}

function positiveId(s: string | undefined): number | null {
  return s && /^\d+$/.test(s) && Number(s) > 0 ? Number(s) : null;
}

/** Runs `registry …`; see the module comment. Returns the exit code. */
export async function run(args: string[], io: CliIo): Promise<number> {
  const { positional, options } = parseArgs(args, ['json', 'empty']);
  const [sub, ...rest] = positional;
  if (!sub || sub === 'help' || options.help) {
    io.out(USAGE);
    return sub ? 0 : 2;
  }
  if (!['import', 'list', 'search', 'draft', 'versions', 'sign', 'backup'].includes(sub)) {
    io.err(`Nieznane polecenie rejestru „${sub}”.\n${USAGE}`);
    return 2;
  }
  if (typeof options.db !== 'string') {
    io.err('Podaj rejestr: --db ŚCIEŻKA albo --db postgresql://UŻYTKOWNIK@SERWER/BAZA.\n');
    return 2;
  }
  if (sub === 'draft' && typeof options.replacing !== 'string') {
    io.err('Podaj numer zarządzenia do zastąpienia: --replacing NUMER.\n');
    return 2;
  }
  const opened = await openRegistry(options.db, options.empty ? {} : { sample: {} });
  if (!opened.ok) {
    io.err(`${opened.error.message}\n`);
    return 1;
  }
  if (opened.sample?.problems.length) io.err(`Rejestr przykładowy: ${opened.sample.problems.join(' ')}\n`);
  try {
    return await runOpen(opened.registry, sub, rest, options, io);
  } finally {
    await opened.registry.close();
  }
}

async function runOpen(reg: Registry, sub: string, rest: string[], options: Record<string, string | true>, io: CliIo): Promise<number> {
  const json = options.json === true;
  switch (sub) {
    case 'import': {
      if (!rest.length) {
        io.err('Podaj co najmniej jeden plik do zaimportowania.\n');
        return 2;
      }
      let failed = 0;
      for (const file of rest) {
        const r = await importFileIntoRegistry(reg, file, importForCli);
        if (!r.ok) {
          failed++;
          io.err(`${r.error.message}\n`);
        } else {
          io.out(`${r.message}\n`);
          // as the app's import report: the unplaced text first, with its count, then the other notes
          const { unplaced, other } = splitImportNotes(r.warnings);
          if (unplaced.length) io.out(`  tekst nieprzypisany: ${unplaced.length} (umieść w zakresie działania komórki albo odrzuć w aplikacji)\n`);
          for (const w of [...unplaced, ...other]) io.out(`  uwaga: ${w}\n`);
        }
      }
      return failed ? 1 : 0;
    }
    case 'list': {
      const rows = await reg.listOrders();
      if (json) io.out(JSON.stringify(rows.map((o) => ({ id: o.id, number: o.number, date: o.date, subject: o.subject, status: o.status })), null, 2) + '\n');
      else if (!rows.length) io.out('Rejestr jest pusty.\n');
      else for (const o of rows) io.out(`${String(o.id).padStart(4)}  ${(o.number ?? '—').padEnd(10)} ${(o.date ?? '—').padEnd(10)}  ${STATUS_PL[o.status].padEnd(12)} ${o.subject ?? o.title}\n`);
      return 0;
    }
    case 'search': {
      const text = rest.join(' ').trim();
      if (!text) {
        io.err('Podaj tekst do wyszukania.\n');
        return 2;
      }
      const hits = await reg.searchTasks(text);
      if (json) io.out(JSON.stringify(hits, null, 2) + '\n');
      else if (!hits.length) io.out(`Nie znaleziono „${text}” w zadaniach obowiązujących zarządzeń.\n`);
      else for (const h of hits) io.out(`${h.subject ?? ''}, ${h.unit}${h.symbol ? ` (${h.symbol})` : ''} – zarządzenie nr ${h.number}, ${h.where}:\n  ${h.text}\n`);
      return 0;
    }
    case 'draft': {
      const number = String(options.replacing);
      const found = await reg.findOrderByNumber(number);
      if (!found) {
        io.err(`Nie ma w rejestrze zarządzenia nr ${number}.\n`);
        return 1;
      }
      const got = await reg.getOrder(found.id);
      if (!got.ok) {
        io.err(`${got.error.message}\n`);
        return 1;
      }
      const saved = await reg.createDraft({ order: draftReplacing(got.order.order, { citations: (await readCitations(reg)).book }), author: author(options), replacesId: found.id });
      if (!saved.ok) {
        io.err(`${saved.error.message}\n`);
        return 1;
      }
      if (json) io.out(JSON.stringify({ id: saved.draftId, versionId: saved.versionId, replaces: number }) + '\n');
      else io.out(`Utworzono projekt ${saved.draftId} zastępujący zarządzenie nr ${number} (${found.subject ?? found.title}).\n`);
      return 0;
    }
    case 'versions': {
      const id = positiveId(rest[0]);
      if (id === null) {
        io.err('Podaj identyfikator projektu (liczbę).\n');
        return 2;
      }
      const versions = await reg.listVersions(id);
      if (!versions.length) {
        io.err(`Projekt ${id} nie ma zapisanych wersji (nie ma go w rejestrze albo nie jest projektem).\n`);
        return 1;
      }
      if (typeof options.compare === 'string') {
        // `versions ID --compare N`: version N of the draft against its current state
        const v = versions.find((x) => String(x.n) === options.compare);
        if (!v) {
          io.err(`Projekt ${id} nie ma wersji ${options.compare}.\n`);
          return 1;
        }
        const c = await reg.compareVersionWithCurrent(v.id);
        if (!c.ok) {
          io.err(`${c.error.message}\n`);
          return 1;
        }
        const changed = c.comparison.units.filter((u) => u.change !== 'kept');
        const tasks = c.comparison.tasks.filter((t) => t.change !== 'kept');
        if (json) io.out(JSON.stringify({ version: v.n, units: changed.map((u) => ({ old: u.old, new: u.new, change: u.change })), tasks: tasks.map((t) => ({ old: t.old, new: t.new, change: t.change, similarity: t.similarity })) }, null, 2) + '\n');
        else {
          io.out(`Wersja ${v.n} (${v.savedAt}, ${v.author}) a stan bieżący: ${changed.length} zmian komórek, ${tasks.length} zmian zadań.\n`);
          for (const u of changed) io.out(`  komórka ${u.old ?? '—'} → ${u.new ?? '—'}: ${u.change}\n`);
          for (const t of tasks) io.out(`  zadanie ${t.old ?? '—'} → ${t.new ?? '—'}: ${t.change}\n`);
        }
        return 0;
      }
      if (json) io.out(JSON.stringify(versions, null, 2) + '\n');
      else for (const v of versions) io.out(`${String(v.n).padStart(4)}  ${v.savedAt}  ${v.author}${v.name ? `  „${v.name}”` : ''}${v.note ? `  (${v.note})` : ''}  [wersja ${v.id}]\n`);
      return 0;
    }
    case 'sign': {
      const id = positiveId(rest[0]);
      if (id === null || typeof options.number !== 'string' || typeof options.date !== 'string') {
        io.err('Użycie: registry sign ID --number N/RRRR --date RRRR-MM-DD --db PLIK\n');
        return 2;
      }
      const r = await reg.signDraft(id, { number: options.number, date: options.date, author: author(options) });
      if (!r.ok) {
        io.err(`${r.error.message}\n`);
        return 1;
      }
      io.out(`Podpisano: zarządzenie nr ${r.order.number} z dnia ${r.order.date}, wchodzi w życie ${r.order.entryIntoForce} (${STATUS_PL[r.order.status]}).\n`);
      return 0;
    }
    case 'backup': {
      if (!rest[0]) {
        io.err('Podaj plik kopii: registry backup PLIK --db PLIK\n');
        return 2;
      }
      const r = await reg.backup(rest[0]);
      if (!r.ok) {
        io.err(`${r.message}\n`);
        return 1;
      }
      io.out(`Zapisano kopię rejestru: ${r.file}\n`);
      return 0;
    }
  }
  return 2;
}
