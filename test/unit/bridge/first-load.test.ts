/**
 * What the registry screen's first start loads (issue 15: the first start under 500 ms): the built page's entry
 * and the modules it preloads hold neither zod, nor Slate, nor the editor, which are loaded with the screens that
 * need them. A static import of a module that reaches them (as the entry-into-force label once did, through the
 * model's text functions: 163 kB more to parse before the list was painted) fails here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureRendererBuilt, RENDERER_DIR } from '../../e2e/harness.js';

describe('the first load of the registry screen', () => {
  it('holds neither zod nor Slate nor the editor, and stays under 320 kB of script', () => {
    ensureRendererBuilt();
    const html = readFileSync(join(RENDERER_DIR, 'index.html'), 'utf8');
    const scripts = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
    expect(scripts.some((s) => /\/index-[^/]+\.js$/.test(s))).toBe(true);
    const code = scripts.map((s) => readFileSync(join(RENDERER_DIR, s), 'utf8'));
    const all = code.join('\n');
    // zod names its error class; Slate's errors name their paths; the editor's root component is named in its chunk's file name
    expect(all).not.toContain('ZodError');
    expect(all).not.toMatch(/Cannot (get the leaf node|find a descendant)/);
    expect(scripts.some((s) => /draft-editor|rich-text/.test(s))).toBe(false);
    expect(code.reduce((n, c) => n + Buffer.byteLength(c), 0)).toBeLessThan(320 * 1024);
  });
});
