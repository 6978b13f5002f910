import { describe, expect, it } from 'vitest';
import { run } from '../../../electron/cli/commands/inflect.js';

function io() {
  const o = { out: '', err: '' };
  return { o, io: { out: (s: string) => void (o.out += s), err: (s: string) => void (o.err += s) } };
}

describe('cli inflect', () => {
  it.each([
    ['genitive', 'Stanowiska ds. Spotkań z Mieszkańcami', 'Stanowisk ds. Spotkań z Mieszkańcami\n'],
    ['dative', 'Sekretarz Miasta Krakowa', 'Sekretarzowi Miasta Krakowa\n'],
    ['instrumental', 'Kancelaria Prezydenta', 'Kancelarią Prezydenta\n'],
  ])('--case %s "%s"', async (c, name, expected) => {
    const { o, io: cio } = io();
    expect(await run(['--case', c, name], cio)).toBe(0);
    expect(o.out).toBe(expected);
    expect(o.err).toBe('');
  });
  it('refuses an unknown case with a Polish message and exit 2', async () => {
    const { o, io: cio } = io();
    expect(await run(['--case', 'vocative', 'Biuro'], cio)).toBe(2);
    expect(o.err).toMatch(/Nieznany przypadek „vocative”/);
    expect(o.out).toBe('');
  });
  it('refuses a missing case or name', async () => {
    const a = io();
    expect(await run(['Biuro'], a.io)).toBe(2);
    expect(a.o.err).toMatch(/Brak przypadku/);
    const b = io();
    expect(await run(['--case', 'genitive'], b.io)).toBe(2);
    expect(b.o.err).toMatch(/Brak/);
  });
});
