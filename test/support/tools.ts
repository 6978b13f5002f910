/** External programs some tests and benchmarks use when the machine has them (LibreOffice, poppler, Chromium). */
import { execFileSync } from 'node:child_process';

/** Whether `cmd args` runs and exits with 0 within 30 s (e.g. `hasCommand('soffice', ['--version'])`). */
export function hasCommand(cmd: string, args: string[]): boolean {
  try {
    execFileSync(cmd, args, { stdio: 'ignore', timeout: 30_000 });
    return true;
  } catch {
    return false;
  }
}
