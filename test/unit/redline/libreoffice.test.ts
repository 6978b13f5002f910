/**
 * The redline in a real word processor: LibreOffice opens it and prints the changes (deleted and inserted words both
 * on the page), and its own "Accept All" / "Reject All" (`.uno:AcceptAllTrackedChanges`, run by a Basic macro in a
 * throw-away profile) give the new and the old order's text — an oracle independent of our XML reader.
 * Skipped where LibreOffice or poppler is not installed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annexBlocks, orderBlocks } from '../../../core/docx/index.js';
import type { Order } from '../../../core/model/order.js';
import { redlineDocx } from '../../../core/redline/index.js';
import { renderDocument } from '../../../core/render/document.js';
import { hasBinary } from '../export/helpers.js';
import { fixturePairs, ownPairs, type Pair } from './cases.js';

const have = hasBinary('soffice') && hasBinary('pdftotext');
const MACRO = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">
Sub Resolve
  Dim args(0) As New com.sun.star.beans.PropertyValue
  args(0).Name = &quot;Hidden&quot;
  args(0).Value = True
  Dim doc As Object
  doc = StarDesktop.loadComponentFromURL(ConvertToURL(Environ(&quot;RL_IN&quot;)), &quot;_blank&quot;, 0, args())
  Dim none(0) As New com.sun.star.beans.PropertyValue
  Dim cmd As String
  cmd = &quot;.uno:RejectAllTrackedChanges&quot;
  If Environ(&quot;RL_MODE&quot;) = &quot;accept&quot; Then cmd = &quot;.uno:AcceptAllTrackedChanges&quot;
  createUnoService(&quot;com.sun.star.frame.DispatchHelper&quot;).executeDispatch(doc.CurrentController.Frame, cmd, &quot;&quot;, 0, none())
  Dim out(0) As New com.sun.star.beans.PropertyValue
  out(0).Name = &quot;FilterName&quot;
  out(0).Value = &quot;Text (encoded)&quot;
  doc.storeToURL(ConvertToURL(Environ(&quot;RL_OUT&quot;)), out())
  doc.close(True)
End Sub
</script:module>`;

/** Lines of an order's printed text, white space of any kind made one space (LibreOffice's text export indents lists). */
function lines(o: Order): string[] {
  const d = renderDocument(o);
  return [...orderBlocks(d), ...annexBlocks(d)].map((b) => norm(b.label ? `${b.label} ${b.text}` : b.text)).filter(Boolean);
}
function norm(s: string): string {
  return s.replace(/[\s\u00a0\ufeff]+/g, ' ').trim();
}

describe.skipIf(!have)('redline in LibreOffice', () => {
  let dir = '';
  let pairs: Pair[] = [];
  const soffice = (args: string[], env: Record<string, string> = {}) =>
    execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', ...args], { stdio: 'pipe', timeout: 240_000, env: { ...process.env, ...env } });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'zo-redline-lo-'));
    const fixtures = await fixturePairs();
    const own = await ownPairs();
    pairs = [fixtures[0]!, ...own.filter((p) => p.name.includes('połączenie') || p.name.includes('zmiany słów'))];
    pairs.forEach((p, i) => writeFileSync(join(dir, `r${i}.docx`), redlineDocx(p.old, p.neu, { author: 'Anna Nowak', date: '2026-02-01T09:00:00Z' })));
    // the first run prints both files and creates the profile the macro then goes into
    soffice(['--convert-to', 'pdf', '--outdir', dir, ...pairs.map((_, i) => join(dir, `r${i}.docx`))]);
    const basic = join(dir, 'profile', 'user', 'basic', 'Standard');
    if (!existsSync(basic)) mkdirSync(basic, { recursive: true });
    writeFileSync(join(basic, 'Module1.xba'), MACRO);
  }, 300_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the changes: deleted and inserted words are both on the page', () => {
    const text = execFileSync('pdftotext', ['-layout', join(dir, 'r0.pdf'), '-'], { encoding: 'utf8' });
    // the heading's number and date: old struck out, new inserted
    expect(text).toMatch(/1630\s*2006/);
    // a deleted and an inserted entry of § 2, whole
    expect(text).toContain('Referat - Biuro Prasowe – KP-02:');
    expect(text).toContain('Biuro Współpracy Zagranicznej – KP-01;');
  });

  it("LibreOffice's Accept All gives the new order and Reject All the old one", () => {
    pairs.forEach((p, i) => {
      for (const mode of ['accept', 'reject'] as const) {
        const out = join(dir, `r${i}-${mode}.txt`);
        soffice(['vnd.sun.star.script:Standard.Module1.Resolve?language=Basic&location=application'], { RL_IN: join(dir, `r${i}.docx`), RL_OUT: out, RL_MODE: mode });
        // LibreOffice's text export writes every bullet as ▪ (the PDF shows our –)
        const got = readFileSync(out, 'utf8').split('\n').map((l) => norm(l).replace(/^▪ /, '– ')).filter(Boolean);
        expect(got, `${p.name}: ${mode}`).toEqual(lines(mode === 'accept' ? p.neu : p.old));
      }
    });
  }, 300_000);
});
