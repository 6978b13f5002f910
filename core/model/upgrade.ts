/**
 * The upgrade chain of stored models: pure steps from each schema version to the next (v1 → v2 → …), applied to
 * every stored copy of an order before it is validated (order files, the registry's orders and draft versions).
 * The steps work on plain JSON and never look at anything but their input; a step is never edited once
 * released, a change of the model adds a step. (HOUSE_STYLE, "Text that refers to things"; Joplin keeps data
 * migrations as numbered steps apart from schema migrations, `packages/lib/migrations/42.ts`.)
 */
import { issuePhrase } from './integrity.js';
import { recognizeStoredReferences } from '../mentions/stored.js';
import { OrderSchema, SCHEMA_VERSION, type Order } from './order.js';

type Json = Record<string, unknown>;

/** One step: a model of version `from` (plain JSON) → the same model in version `from + 1`. Pure, never throws on a v`from` model. */
export type UpgradeStep = (model: Json) => Json;

// ---------------------------------------------------------------------------------------------------------------
// v1 → v2: task text becomes rich text (plain runs and references); `refs` become provision references.

interface CrossRefV1 {
  text: string;
  targetId: string;
}

/**
 * A v1 text with its cross-references → v2 rich text. In v1 a cross-reference was rendered by replacing the
 * first occurrence of its words by the target's whole citation (`§ 6 pkt 4`); in v2 the words become a
 * provision reference of form `paragraf` (the whole citation) at that place, with the words kept as `written`.
 * A reference whose words are not in the text is dropped, as v1 rendering ignored it.
 */
function textV2(text: unknown, refs: unknown): unknown[] {
  const s = typeof text === 'string' ? text : '';
  let out: unknown[] = s ? [s] : [];
  for (const r of Array.isArray(refs) ? (refs as CrossRefV1[]) : []) {
    if (!r || typeof r.text !== 'string' || !r.text || typeof r.targetId !== 'string') continue;
    const at = out.findIndex((p) => typeof p === 'string' && p.includes(r.text));
    if (at < 0) continue;
    const run = out[at] as string;
    const i = run.indexOf(r.text);
    const pieces: unknown[] = [];
    if (i > 0) pieces.push(run.slice(0, i));
    pieces.push({ kind: 'provision', targetId: r.targetId, form: 'paragraf', written: r.text });
    if (i + r.text.length < run.length) pieces.push(run.slice(i + r.text.length));
    out = [...out.slice(0, at), ...pieces, ...out.slice(at + 1)];
  }
  return out;
}

function optionalTextV2(text: unknown): unknown[] | undefined {
  return typeof text === 'string' ? textV2(text, undefined) : undefined;
}

function itemV2(item: unknown): unknown {
  if (typeof item !== 'object' || item === null) return item;
  const { refs, text, wspolna, children, ...rest } = item as Json;
  const out: Json = { ...rest, text: textV2(text, refs), children: Array.isArray(children) ? children.map(itemV2) : children };
  if (wspolna !== undefined) out.wspolna = optionalTextV2(wspolna) ?? wspolna;
  return out;
}

function itemsV2(items: unknown): unknown {
  return Array.isArray(items) ? items.map(itemV2) : items;
}

function withWspolna(o: Json, wspolna: unknown): Json {
  if (wspolna !== undefined) o.wspolna = optionalTextV2(wspolna) ?? wspolna;
  return o;
}

function scopeV2(scope: unknown): unknown {
  if (typeof scope !== 'object' || scope === null) return scope;
  const s = scope as Json;
  if (s.kind === 'tasks') {
    const { tasks, wspolna, positions, ...rest } = s;
    const pos = Array.isArray(positions)
      ? positions.map((p) => {
          if (typeof p !== 'object' || p === null) return p;
          const { tasks: pt, wspolna: pw, ...pr } = p as Json;
          return withWspolna({ ...pr, tasks: itemsV2(pt) }, pw);
        })
      : positions;
    return withWspolna({ ...rest, tasks: itemsV2(tasks), positions: pos }, wspolna);
  }
  if (s.kind === 'prose') return { ...s, text: textV2(s.text, undefined) };
  return s;
}

function ustepV2(u: unknown): unknown {
  if (typeof u !== 'object' || u === null) return u;
  const { refs, text, items, wspolna, ...rest } = u as Json;
  return withWspolna({ ...rest, text: textV2(text, refs), items: itemsV2(items) }, wspolna);
}

/** v1 → v2 (see {@link textV2}): every task, ustęp, część wspólna and prose scope becomes rich text. */
export const v1ToV2: UpgradeStep = (m) => {
  const out: Json = { ...m, schemaVersion: 2 };
  if (Array.isArray(m.units)) {
    out.units = m.units.map((u) => (typeof u === 'object' && u !== null ? { ...(u as Json), scope: scopeV2((u as Json).scope) } : u));
  }
  if (Array.isArray(m.commonDuties)) out.commonDuties = itemsV2(m.commonDuties);
  if (Array.isArray(m.paragraphs)) {
    out.paragraphs = m.paragraphs.map((p) => {
      if (typeof p !== 'object' || p === null) return p;
      const par = p as Json;
      return Array.isArray(par.content) ? { ...par, content: par.content.map(ustepV2) } : par;
    });
  }
  return out;
};

// ---------------------------------------------------------------------------------------------------------------
// v2 → v3: the shape is the same; the references of the texts are recognised (a model saved before mentions and
// provision references were recognised holds unit names and citations as plain words).

/**
 * v2 → v3: the model's texts get the references the importer and `draftReplacing` recognise
 * (`core/mentions/stored.ts`), every text reading exactly as before. A model that fails the schema is only
 * relabelled (validation then reports it). Reads nothing but its input.
 */
export const v2ToV3: UpgradeStep = (m) => {
  const next: Json = { ...m, schemaVersion: 3 };
  const r = OrderSchema.safeParse(next);
  return r.success ? (recognizeStoredReferences(r.data) as unknown as Json) : next;
};

// ---------------------------------------------------------------------------------------------------------------
// the chain

/** The steps by the version they upgrade from: `STEPS[1]` takes v1 to v2. */
export const UPGRADE_STEPS: Readonly<Record<number, UpgradeStep>> = { 1: v1ToV2, 2: v2ToV3 };

/** Result of {@link upgradeModel}: the model in the current version (plain JSON, not yet validated) and the version it had. */
export type UpgradeResult = { ok: true; model: unknown; from: number } | { ok: false; message: string };

/**
 * Brings a stored model (plain JSON, any released version) to {@link SCHEMA_VERSION} by applying the steps in
 * turn. Pure; never throws. Errors (Polish, as values): not an object, no version, a version newer than this
 * app knows (`zaktualizuj aplikację`), a version with no step.
 */
export function upgradeModel(model: unknown): UpgradeResult {
  if (typeof model !== 'object' || model === null || Array.isArray(model)) return { ok: false, message: 'Zapis nie jest modelem zarządzenia.' };
  const from = (model as Json).schemaVersion;
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 1) return { ok: false, message: 'Zapis zarządzenia nie ma wersji schematu.' };
  if (from > SCHEMA_VERSION) return { ok: false, message: `Zarządzenie zapisano w nowszej wersji aplikacji (schemat ${from}); zaktualizuj aplikację.` };
  let m = model as Json;
  for (let v = from; v < SCHEMA_VERSION; v++) {
    const step = UPGRADE_STEPS[v];
    if (!step) return { ok: false, message: `Brak kroku aktualizacji zapisu ze schematu ${v}.` };
    m = step(m);
  }
  return { ok: true, model: m, from };
}

/**
 * Result of {@link readStoredOrder}. `upgradedFrom` is the stored version when it was older than the current one.
 * A failure says why: `upgrade` (not a model, no version, a newer version: `message` is a whole Polish
 * sentence) or `invalid` (fails the schema: `detail` is the first issue, `path – message`).
 */
export type StoredOrderResult =
  | { ok: true; order: Order; upgradedFrom: number | null }
  | { ok: false; reason: 'upgrade'; message: string }
  | { ok: false; reason: 'invalid'; message: string; detail: string };

/**
 * The one way to read a stored model: the upgrade chain, then validation against `OrderSchema`. In: parsed
 * JSON. Out: the order, or a Polish message (the upgrade's, or the first schema issue with its path). Never throws.
 */
export function readStoredOrder(model: unknown): StoredOrderResult {
  const up = upgradeModel(model);
  if (!up.ok) return { ok: false, reason: 'upgrade', message: up.message };
  const r = OrderSchema.safeParse(up.model);
  if (!r.success) {
    const detail = issuePhrase(r.error.issues[0]);
    return { ok: false, reason: 'invalid', message: `Zapis jest niezgodny z modelem zarządzenia (${detail}).`, detail };
  }
  return { ok: true, order: r.data, upgradedFrom: up.from < SCHEMA_VERSION ? up.from : null };
}
