/** pdfjs-dist ships no types for its worker module; only its one export is used (handed to pdfjs as `pdfjsWorker`). */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
