/** Output channels of a CLI command, injected so that commands can be tested without a process. */
export interface CliIo {
  /** Writes to standard output (no newline added). */
  out(text: string): void;
  /** Writes to standard error (no newline added). */
  err(text: string): void;
}

/** Parses `--name value` and `--flag` options; the rest are positional. `--name=value` is accepted too. */
export function parseArgs(args: string[], flags: string[] = []): { positional: string[]; options: Record<string, string | true> } {
  const positional: string[] = [];
  const options: Record<string, string | true> = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      if (eq > 0) options[a.slice(2, eq)] = a.slice(eq + 1);
      else if (flags.includes(a.slice(2)) || i + 1 >= args.length || args[i + 1]!.startsWith('--')) options[a.slice(2)] = true;
      else options[a.slice(2)] = args[++i]!;
    } else positional.push(a);
  }
  return { positional, options };
}

/**
 * Writes `text` to the file `out` and prints `saved` (a Polish sentence ending before the path) followed by the
 * path; without `out` prints `text` to standard output. Out: 0, or 1 after one Polish line when the file cannot be
 * written.
 */
export async function writeOrPrint(out: string | true | undefined, text: string, saved: string, io: CliIo): Promise<number> {
  if (typeof out !== 'string') {
    io.out(text);
    return 0;
  }
  try {
    const { writeFile } = await import('node:fs/promises');
    await writeFile(out, text, 'utf8');
  } catch {
    io.err(`Nie można zapisać pliku „${out}”.\n`);
    return 1;
  }
  io.out(`${saved}: ${out}\n`);
  return 0;
}

/**
 * The `--date RRRR-MM-DD` option of a command (the day a text in force is taken at). In: the parsed options.
 * Out: `{ ok: true, date }` (undefined when not given), or `{ ok: false }` after a Polish line on standard error
 * when the date is not of that form (the command then exits 2).
 */
export function dateOption(options: Record<string, string | true>, io: CliIo): { ok: true; date: string | undefined } | { ok: false } {
  const date = typeof options.date === 'string' ? options.date : undefined;
  if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    io.err(`Data „${date}” nie ma postaci RRRR-MM-DD.\n`);
    return { ok: false };
  }
  return { ok: true, date };
}
