/**
 * An order as two pages of the City of Kraków's public bulletin (Biuletyn Informacji Publicznej, www.bip.krakow.pl)
 * show it, with the page furniture of the real pages reproduced: where each piece was seen is said beside it. The
 * order's own text goes in as given (one paragraph per blank-line block, its lines apart by `<br>`); nothing of the
 * furniture is marked with the class names the reader knows (`menu`, `footer`, `cookie` …), because the real markup
 * is not known: only its text and where it stands on the page are.
 *
 * Seen on the bulletin (pages as stored by the search corpus, November 2026):
 * - the cookie consent bar at the top of every page, its text visible before the content
 *   (https://www.bip.krakow.pl/struktura/AM-03: „Używamy plików cookie, aby poprawić jakość przeglądania oraz
 *   analizować ruch na stronie. Szczegółowe informacje w polityce prywatności. Klikając "Tak", akceptujesz te warunki.”);
 * - the main menu as link lists apart by `|` (https://www.bip.krakow.pl/?bip_id=1&mmi=2: „Prawo Statut Miasta |
 *   Uchwały RMK | Zarządzenia Prezydenta”);
 * - the register's search page of one act: „Wyszukiwarka uchwał”, a table `Numer | Tytuł | Data uchwalenia` whose
 *   row repeats the act's heading in capitals, then „Pliki powiązane:”, the PDF icon's text `pdf_logo`,
 *   „Archiwalna:” „nie” and „Powrót” (https://www.bip.krakow.pl/?dok_id=167&sub_dok_id=167&sub=uchwala&query=id%3D19598%26typ%3Du);
 * - „Dokument archiwalny” over an archived document (https://www.bip.krakow.pl/?dok_id=78963&vReg=1);
 * - sections folded behind „pokaż” toggles (https://www.bip.krakow.pl/rejestry/wykaz/AU/10005/metka/);
 * - a unit's page ending with „Jak załatwić sprawę w Urzędzie”, the list of procedures and „Wstecz”
 *   (https://www.bip.krakow.pl/?id=32&sub=struktura&query=id%3D11048%26pz%3D1);
 * - the bulletin's statutory elements: who edits it, the instruction, the visit counter, the search, the register of
 *   changes (https://www.bip.krakow.pl/?dok_id=28491);
 * - orders published as `https://www.bip.krakow.pl/zarzadzenia/2025/3080/…/3080_2025.pdf` beside the page.
 */

import { textSource } from '../../core/import/source.js';

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The order's text as HTML paragraphs: one per blank-line block, its lines apart by `<br>`. */
function paragraphs(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter(Boolean)
    .map((b) => `<p>${b.split('\n').map((l) => escapeHtml(l.trim())).join('<br>\n')}</p>`)
    .join('\n');
}

/** What the page says of the order beside its text: number, date (ISO) and title. */
export interface PageMeta {
  number: string;
  date: string;
  title: string;
}

const MONTHS = ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'];

/** `2024-12-30` as the register writes it in a title: `30 grudnia 2024 r.` (anything else as given). */
function dateInWords(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]} r.` : iso;
}

/**
 * The order's text as a bulletin page holds it: without the artefacts of the copy it was taken from (page numbers,
 * a PDF's footer addresses alone on a line), which the text reader leaves out and no web page carries.
 */
export function pageText(text: string): string {
  const dropped = new Set(textSource(text).dropped.filter((d) => d.pos.unit === 'line').map((d) => d.pos.n));
  return text.replace(/\r\n?/g, '\n').split('\n').filter((_, i) => !dropped.has(i + 1)).join('\n');
}

const COOKIES = `<div id="cms-bar" class="info-bar"><p>Używamy plików cookie, aby poprawić jakość przeglądania oraz analizować ruch na stronie. Szczegółowe informacje w <a href="/polityka">polityce prywatności</a>. Klikając "Tak", akceptujesz te warunki.</p><a href="#" class="btn">Tak</a> <a href="#" class="btn">Nie</a></div>`;

const TOP = `<div class="logo"><a href="/"><img src="/img/bip.png" alt="BIP"></a> Biuletyn Informacji Publicznej Miasta Krakowa</div>
<div class="mm"><p><b>Władze Miasta</b> Prezydent, Zastępcy, Pełnomocnicy | Rada Miasta Krakowa | Dzielnice</p>
<p><b>Prawo</b> Statut Miasta | Uchwały RMK | Zarządzenia Prezydenta | Dziennik Urzędowy</p>
<p><b>Urząd</b> Struktura Urzędu | Jak załatwić sprawę w Urzędzie | Kontakt</p></div>
<form action="/szukaj"><input name="q" aria-label="Szukaj w BIP"><button>Szukaj</button></form>`;

const BOTTOM = `<div id="dol"><p>Za utworzenie, utrzymanie i aktualizację treści zawartych w stronach BIP Miasta Krakowa odpowiada Urząd Miasta Krakowa.</p>
<p>Redakcja BIP | Instrukcja korzystania z BIP | Rejestr zmian | Deklaracja dostępności</p>
<p>Liczba odwiedzin: 48 713 206</p>
<p>Urząd Miasta Krakowa, pl. Wszystkich Świętych 3-4, 31-004 Kraków</p></div>`;

/**
 * The page of the current bulletin for one order: the cookie bar, the logo, the menus and the search, a trail of
 * where the page is, the order's heading as the page's title (in title case, as the register lists it), its
 * register data in a table, the text, the related files, the page's register data and the bulletin's footer.
 */
export function currentBulletinPage(text: string, meta: PageMeta): string {
  return `<!DOCTYPE html><html lang="pl"><head><meta charset="utf-8"><title>Zarządzenie Nr ${meta.number} - Biuletyn Informacji Publicznej Miasta Krakowa</title>
<script>window.dataLayer = []; var q = "ZARZĄDZENIE NR 1/2000";</script></head><body>
${COOKIES}
<a href="#tresc" class="sr">Przejdź do treści</a>
${TOP}
<div class="sciezka">Jesteś tutaj: <a href="/">BIP Kraków</a> &gt; <a href="/prawo">Prawo</a> &gt; <a href="/zarzadzenia">Zarządzenia Prezydenta</a> &gt; ${escapeHtml(meta.number.split('/')[1] ?? '')}</div>
<div id="tresc">
<h1>Zarządzenie Nr ${escapeHtml(meta.number)} Prezydenta Miasta Krakowa z dnia ${escapeHtml(dateInWords(meta.date))} ${escapeHtml(meta.title)}</h1>
<table class="dane"><tr><th>Numer:</th><td>${escapeHtml(meta.number)}</td></tr><tr><th>Data podpisania:</th><td>${escapeHtml(meta.date)}</td></tr>
<tr><th>Status:</th><td>obowiązujące</td></tr><tr><th>Wydział merytoryczny:</th><td>Wydział Organizacji i Nadzoru</td></tr></table>
<div class="tresc-dokumentu">
${paragraphs(text)}
</div>
<div class="pliki"><p>Pliki powiązane:</p><p><img src="/img/pdf.gif" alt="pdf_logo"> <a href="/zarzadzenia/${escapeHtml(meta.number.replace('/', '_'))}.pdf">${escapeHtml(meta.number.replace('/', '_'))}.pdf</a> (PDF, 245 KB)</p></div>
<p>Archiwalna:</p><p>nie</p>
<div class="metka"><p>Metryczka <a href="#">pokaż</a></p><table><tr><td>Wytworzył:</td><td>Prezydent Miasta Krakowa</td></tr>
<tr><td>Opublikował:</td><td>Redakcja BIP</td></tr><tr><td>Data publikacji:</td><td>2025-01-03 10:14</td></tr><tr><td>Rejestr zmian:</td><td><a href="#">pokaż</a></td></tr></table></div>
<p><a href="javascript:history.back()">Powrót</a> | <a href="javascript:window.print()">Drukuj</a></p>
</div>
${BOTTOM}
</body></html>`;
}

/**
 * The register's search page of the older bulletin (`?dok_id=167…`): „Dokument archiwalny” when the order is
 * archived, „Wyszukiwarka zarządzeń”, the results table whose row repeats the order's heading in capitals, the text
 * laid out in a table cell (each paragraph a `<p>` in the cell), then the related files, „Archiwalna:” and „Powrót”.
 */
export function registerSearchPage(text: string, meta: PageMeta, archived: boolean): string {
  return `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>BIP - Miasto Kraków</title></head><body>
${COOKIES}
${TOP}
<table width="100%"><tr><td valign="top" width="200"><p>Prawo</p><p>Uchwały RMK</p><p>Zarządzenia Prezydenta</p><p>Dziennik Urzędowy</p></td>
<td valign="top">
${archived ? '<p><b>Dokument archiwalny</b></p>' : ''}
<p><b>Wyszukiwarka zarządzeń</b></p>
<table border="1"><tr><th>Numer</th><th>Tytuł</th><th>Data zarządzenia</th></tr>
<tr><td>${escapeHtml(meta.number)}</td><td>ZARZĄDZENIE NR ${escapeHtml(meta.number)} PREZYDENTA MIASTA KRAKOWA z dnia ${escapeHtml(dateInWords(meta.date))} ${escapeHtml(meta.title)}</td><td>${escapeHtml(meta.date)}</td></tr></table>
<table width="100%"><tr><td>
${paragraphs(text)}
</td></tr></table>
<p>Pliki powiązane:</p><p><img src="/img/pdf.gif" alt="pdf_logo"></p>
<p>Archiwalna:</p><p>${archived ? 'tak' : 'nie'}</p>
<p><a href="javascript:history.back()">Powrót</a></p>
</td></tr></table>
${BOTTOM}
</body></html>`;
}
