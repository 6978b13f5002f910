/**
 * The hostile files of issue #14, one builder each, shared by the test (`test/unit/readers/hostile-files.test.ts`)
 * and the benchmark (`test/bench/suites/fuzz.ts`), and the bundled child that imports one file alone and measures
 * it (`import-child.ts`, built by {@link buildImportChild}).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { IMPORT_WORKER_BUNDLE } from '../../electron/services/import-isolated.js';
import { bundleNode } from '../../scripts/build-electron.js';
import {
  crcRepeated, deflateRepeated, docxPackage, pdfDocument, rawZip, SHORT_ORDER, textContent, wDocument, wLevel, wNumbering, wParagraph, zlibRepeated,
} from './hostile.js';

const MB = 1024 * 1024;

/** One hostile file: its name, how to make it, and what the answer must say (a refusal naming its limit). */
export interface HostileCase {
  name: string;
  title: string;
  make: () => Uint8Array;
  says: RegExp;
}

const order = (list?: { numId: number; ilvl: number | string }): string => SHORT_ORDER.map((l, i) => wParagraph(l, i === 4 ? list : undefined)).join('');
const docx = (parts: Record<string, string>): Uint8Array => zipSync(Object.fromEntries(Object.entries({ ...docxPackage(), ...parts }).map(([k, v]) => [k, strToU8(v)])));
const packageEntries = (): { name: string; data: Uint8Array }[] => Object.entries(docxPackage()).map(([name, v]) => ({ name, data: strToU8(v) }));
const blanks = (): Uint8Array => new Uint8Array(MB).fill(0x20);

/** Every hostile file kind the issue lists (and `w:ilvl` of 5·10^7, which it measured too). */
export const HOSTILE_CASES: HostileCase[] = [
  {
    name: 'ilvl-2e9.docx',
    title: 'a list level (w:ilvl) of two billion',
    make: () => docx({ 'word/document.xml': wDocument(order({ numId: 1, ilvl: 2_000_000_000 })), 'word/numbering.xml': wNumbering(wLevel(0, 'decimal', '%1)')) }),
    says: /poziom|limit/,
  },
  {
    name: 'ilvl-5e7.docx',
    title: 'a list level (w:ilvl) of 5·10^7',
    make: () => docx({ 'word/document.xml': wDocument(order({ numId: 1, ilvl: 50_000_000 })), 'word/numbering.xml': wNumbering(wLevel(0, 'decimal', '%1)')) }),
    says: /poziom|limit/,
  },
  {
    name: 'start-1e12.docx',
    title: 'a numbering start (w:start) of 10^12 in roman numerals',
    make: () => docx({ 'word/document.xml': wDocument(order({ numId: 1, ilvl: 0 })), 'word/numbering.xml': wNumbering(wLevel(0, 'upperRoman', '%1.', '1000000000000')) }),
    says: /numer|limit/,
  },
  {
    name: 'lying-header.docx',
    title: 'a local header lying about its size (1 GB of document.xml in 1 MB)',
    make: () => rawZip([...packageEntries(), { name: 'word/document.xml', compressed: deflateRepeated(blanks(), 1024), size: 20_000, crc: 0 }]),
    says: /bomba zip.*rozpakowuje się do więcej niż deklarowane/,
  },
  {
    name: 'comments-bomb.docx',
    title: 'a zip bomb in word/comments.xml (read by mammoth only)',
    make: () =>
      rawZip([
        ...packageEntries(),
        { name: 'word/document.xml', data: strToU8(wDocument(order())) },
        { name: 'word/comments.xml', compressed: deflateRepeated(blanks(), 2048), size: 2048 * MB - 1, crc: crcRepeated(blanks(), 2048) },
      ]),
    says: /bomba zip.*word\/comments\.xml/,
  },
  {
    name: 'numbering-200.docx',
    title: '200 entries all named word/numbering.xml',
    make: () =>
      rawZip([
        ...packageEntries(),
        { name: 'word/document.xml', data: strToU8(wDocument(order({ numId: 1, ilvl: 0 }))) },
        ...Array.from({ length: 200 }, () => ({ name: 'word/numbering.xml', data: strToU8(wNumbering(wLevel(0, 'decimal', '%1)'))) })),
      ]),
    says: /word\/numbering\.xml” występuje w archiwum więcej niż raz/,
  },
  {
    name: 'paragraphs-200k.docx',
    title: '200,000 paragraphs in 0.7 MB',
    make: () => {
      const words = ['sprawy', 'zadania', 'obsługa', 'nadzór', 'wydział', 'referat', 'budżet', 'kontrola', 'analiza', 'umowy'];
      let seed = 7;
      const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648);
      const paragraphs = Array.from({ length: 200_000 }, (_, i) => wParagraph(`${i % 97}) ${words[next() % 10]} ${words[next() % 10]} ${next() % 1000}`)).join('');
      return docx({ 'word/document.xml': wDocument(order() + paragraphs) });
    },
    says: /akapit|limit/,
  },
  {
    name: 'pages-10000.pdf',
    title: 'a PDF of 10,000 pages',
    make: () => pdfDocument(10_000, () => textContent(['Strona', 'ta sama tresc na kazdej stronie']), { sharedContent: true }),
    says: /ponad 300 stron/,
  },
  {
    name: 'stream-1gb.pdf',
    title: 'a PDF content stream of 1 GB',
    make: () => pdfDocument(1, () => ({ data: zlibRepeated(strToU8(' '.repeat(MB)), 1024), flate: true })),
    says: /strumień większy po rozpakowaniu/,
  },
];

/** What the child printed for one import. */
export interface ChildAnswer {
  ok: boolean;
  code: string | null;
  message: string | null;
  units: number;
  ms: number;
  cpuMs: number;
  maxRssMb: number;
}

/**
 * Bundles `import-child.ts` and the import worker into `dir` (inside the project, so that pdfjs-dist resolves from
 * node_modules), as the app is bundled. Out: a function importing one file in a fresh child process.
 */
export async function buildImportChild(root: string, dir: string): Promise<(path: string, warm: string) => ChildAnswer> {
  mkdirSync(dir, { recursive: true });
  const child = join(dir, 'import-child.cjs');
  await bundleNode(join(root, 'test/support/import-child.ts'), child);
  await bundleNode(join(root, 'electron/services/import-worker.ts'), join(dir, IMPORT_WORKER_BUNDLE));
  return (path, warm) => JSON.parse(execFileSync(process.execPath, [child, warm, path], { encoding: 'utf8', timeout: 120_000 }).trim()) as ChildAnswer;
}

/** Writes a hostile file into `dir`, imports it in a fresh child, removes it. */
export function importHostile(run: (path: string, warm: string) => ChildAnswer, c: HostileCase, dir: string, warm: string): ChildAnswer {
  const path = join(dir, c.name);
  writeFileSync(path, c.make());
  try {
    return run(path, warm);
  } finally {
    rmSync(path, { force: true });
  }
}
