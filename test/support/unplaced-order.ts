/**
 * An order as a clerk types it for the import-report tests (unit and end to end): a small department whose
 * common-duties paragraph has a second ustęp, and whose § 6 a clause, that the model has no place for, so the
 * importer keeps them (and the stray number before the ustęp) as unplaced text. Written for these tests; not one of the shared fixtures.
 */

/** The order's lines, as in a `.txt` file. */
export const UNPLACED_ORDER_LINES = [
  'ZARZĄDZENIE NR 214/2025',
  'PREZYDENTA MIASTA KRAKOWA',
  'z dnia 20 stycznia 2025 r.',
  'w sprawie podziału na wewnętrzne komórki organizacyjne oraz szczegółowego zakresu działania Biura Promocji',
  'Na podstawie art. 33 ust. 3 ustawy z dnia 8 marca 1990 r. o samorządzie gminnym zarządza się, co następuje:',
  '§ 1. Biurem Promocji, zwanym dalej Biurem, kieruje Dyrektor.',
  '§ 2. W skład Biura wchodzą następujące wewnętrzne komórki organizacyjne:',
  '1) Referat Wydawnictw – BP-01;',
  '2) Referat Wydarzeń Miejskich – BP-02.',
  '§ 3. Do zakresu działania Referatu Wydawnictw (BP-01) należą sprawy:',
  '1) przygotowywanie wydawnictw promocyjnych Miasta;',
  '2) prowadzenie sklepu internetowego z pamiątkami.',
  '§ 4. Do zakresu działania Referatu Wydarzeń Miejskich (BP-02) należą sprawy:',
  '1) organizacja obchodów świąt miejskich.',
  '§ 5. 1. Wszystkie komórki organizacyjne Biura są odpowiedzialne za:',
  '1) przestrzeganie tajemnicy służbowej;',
  '2) przekazywanie akt do archiwum zakładowego.',
  '2. Kierownicy komórek przedstawiają Dyrektorowi plan wydawniczy na kolejny rok do dnia 30 listopada.',
  '§ 6. Zarządzenie podlega publikacji w Biuletynie Informacji Publicznej Miasta Krakowa.',
  '§ 7. Zarządzenie wchodzi w życie z dniem podpisania.',
];

/** The words of the ustęp the importer cannot place (a test finds its fragment by them). */
export const UNPLACED_PASSAGE = 'plan wydawniczy na kolejny rok';
