/**
 * An order as a clerk types it for the import-report tests (unit and end to end): a small department whose § 5
 * gives the scope of a team the clerk forgot to list in § 2 (a real kind of defect: units changed in one
 * paragraph and not in the other), so the importer has no unit to put that scope in and keeps its lead and points
 * as unplaced text; its common-duties paragraph has a second ustęp (which the model holds). Written for these
 * tests; not one of the shared fixtures.
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
  '§ 5. Do zakresu działania Zespołu Planowania Wydawniczego (BP-03) należą sprawy:',
  '1) opracowywanie planu wydawniczego na kolejny rok;',
  '2) prowadzenie rejestru wydawnictw Biura.',
  '§ 6. 1. Wszystkie komórki organizacyjne Biura są odpowiedzialne za:',
  '1) przestrzeganie tajemnicy służbowej;',
  '2) przekazywanie akt do archiwum zakładowego.',
  '2. Kierownicy komórek przedstawiają Dyrektorowi plan wydawniczy na kolejny rok do dnia 30 listopada.',
  '§ 7. Zarządzenie podlega publikacji w Biuletynie Informacji Publicznej Miasta Krakowa.',
  '§ 8. Zarządzenie wchodzi w życie z dniem podpisania.',
];

/** The words of a point the importer cannot place (a test finds its fragment by them). */
export const UNPLACED_PASSAGE = 'planu wydawniczego na kolejny rok';
