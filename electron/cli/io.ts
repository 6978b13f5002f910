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
