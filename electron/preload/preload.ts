/**
 * The preload: exposes `window.api`, one named method per call of the contract (`electron/contract/api.ts`),
 * and nothing else: never `ipcRenderer` itself, never a helper that forwards any channel, never `process`.
 *
 * Runs in a sandboxed preload (`sandbox: true`), where only the 'electron' module may be required: the bundle
 * built by `scripts/build-electron.ts` must have no other import at run time (the contract's constants are bundled in).
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { CHART_CONTENT_CHANNEL, CHART_UPDATED_CHANNEL, CHART_WINDOW_CHANNEL, DROP_CHANNEL, FLUSH_CHANNEL, FLUSHED_CHANNEL, MENU_CHANNEL, type MenuCommand, type WindowApi } from '../contract/api.js';

/** The bridge object; `satisfies` makes the compiler check it against the contract, method by method. */
export const api = {
  importFile: (arg) => ipcRenderer.invoke('import:file', arg),
  importChoose: () => ipcRenderer.invoke('import:choose'),
  importPaste: (arg) => ipcRenderer.invoke('import:paste', arg),
  registryList: () => ipcRenderer.invoke('registry:list'),
  registryGet: (arg) => ipcRenderer.invoke('registry:get', arg),
  registrySearch: (arg) => ipcRenderer.invoke('registry:search', arg),
  registryImport: (arg) => ipcRenderer.invoke('registry:import', arg),
  registryResolveUnplaced: (arg) => ipcRenderer.invoke('registry:resolveUnplaced', arg),
  registrySetPublished: (arg) => ipcRenderer.invoke('registry:setPublished', arg),
  registryAddImported: (arg) => ipcRenderer.invoke('registry:addImported', arg),
  filesRecent: () => ipcRenderer.invoke('files:recent'),
  registryInfo: () => ipcRenderer.invoke('registry:info'),
  registryCheckIntegrity: () => ipcRenderer.invoke('registry:checkIntegrity'),
  registryStatus: () => ipcRenderer.invoke('registry:status'),
  usersList: () => ipcRenderer.invoke('users:list'),
  usersSave: (arg) => ipcRenderer.invoke('users:save', arg),
  usersRemove: (arg) => ipcRenderer.invoke('users:remove', arg),
  reviewPaths: () => ipcRenderer.invoke('review:paths'),
  reviewGet: (arg) => ipcRenderer.invoke('review:get', arg),
  reviewTake: (arg) => ipcRenderer.invoke('review:take', arg),
  reviewRemark: (arg) => ipcRenderer.invoke('review:remark', arg),
  reviewResolve: (arg) => ipcRenderer.invoke('review:resolve', arg),
  reviewSignOff: (arg) => ipcRenderer.invoke('review:signOff', arg),
  recoveryRestore: (arg) => ipcRenderer.invoke('recovery:restore', arg),
  recoveryDiscard: (arg) => ipcRenderer.invoke('recovery:discard', arg),
  draftCreate: (arg) => ipcRenderer.invoke('draft:create', arg),
  registryTextInForce: (arg) => ipcRenderer.invoke('registry:textInForce', arg),
  draftAmendPlan: (arg) => ipcRenderer.invoke('draft:amendPlan', arg),
  draftAmend: (arg) => ipcRenderer.invoke('draft:amend', arg),
  amendView: (arg) => ipcRenderer.invoke('amend:view', arg),
  amendFacts: (arg) => ipcRenderer.invoke('amend:facts', arg),
  draftOpen: (arg) => ipcRenderer.invoke('draft:open', arg),
  draftSave: (arg) => ipcRenderer.invoke('draft:save', arg),
  draftStage: (arg) => ipcRenderer.invoke('draft:stage', arg),
  draftVersions: (arg) => ipcRenderer.invoke('draft:versions', arg),
  draftAudit: (arg) => ipcRenderer.invoke('draft:audit', arg),
  draftRestore: (arg) => ipcRenderer.invoke('draft:restore', arg),
  draftVersion: (arg) => ipcRenderer.invoke('draft:version', arg),
  draftCompareVersion: (arg) => ipcRenderer.invoke('draft:compareVersion', arg),
  draftCompareVersions: (arg) => ipcRenderer.invoke('draft:compareVersions', arg),
  draftTemplates: () => ipcRenderer.invoke('draft:templates'),
  draftFromTemplate: (arg) => ipcRenderer.invoke('draft:fromTemplate', arg),
  draftSign: (arg) => ipcRenderer.invoke('draft:sign', arg),
  settingsGet: () => ipcRenderer.invoke('settings:get'),
  settingsSetAuthor: (arg) => ipcRenderer.invoke('settings:setAuthor', arg),
  checkRun: (arg) => ipcRenderer.invoke('check:run', arg),
  checkFix: (arg) => ipcRenderer.invoke('check:fix', arg),
  citationsGet: () => ipcRenderer.invoke('citations:get'),
  citationsAdd: (arg) => ipcRenderer.invoke('citations:add', arg),
  citationsRemove: (arg) => ipcRenderer.invoke('citations:remove', arg),
  compareRun: (arg) => ipcRenderer.invoke('compare:run', arg),
  renderText: (arg) => ipcRenderer.invoke('render:text', arg),
  renderDocument: (arg) => ipcRenderer.invoke('render:document', arg),
  chartSvg: (arg) => ipcRenderer.invoke('chart:svg', arg),
  renderPreview: (arg) => ipcRenderer.invoke('render:preview', arg),
  exportDocx: (arg) => ipcRenderer.invoke('export:docx', arg),
  exportPdf: (arg) => ipcRenderer.invoke('export:pdf', arg),
  exportChanges: (arg) => ipcRenderer.invoke('export:changes', arg),
  exportRedline: (arg) => ipcRenderer.invoke('export:redline', arg),
  printOrder: (arg) => ipcRenderer.invoke('print:order', arg),
  // the path comes from Electron for a File the user dropped; a File made by the page has none ('')
  fileDropped: (file) => ipcRenderer.invoke(DROP_CHANNEL, { path: webUtils.getPathForFile(file) }),
  onFlushRequest: (listener) => {
    const wrapped = (_event: unknown, token: unknown) => {
      void Promise.resolve()
        .then(listener)
        .then((saved) => saved === true, () => false)
        .then((saved) => ipcRenderer.send(FLUSHED_CHANNEL, token, saved));
    };
    ipcRenderer.on(FLUSH_CHANNEL, wrapped);
    return () => {
      ipcRenderer.removeListener(FLUSH_CHANNEL, wrapped);
    };
  },
  // the chart in a window of its own (electron/main/chart-window.ts)
  openChartWindow: (arg) => ipcRenderer.invoke(CHART_WINDOW_CHANNEL, arg),
  chartWindowContent: () => ipcRenderer.invoke(CHART_CONTENT_CHANNEL),
  onChartWindowUpdated: (listener) => {
    const wrapped = () => listener();
    ipcRenderer.on(CHART_UPDATED_CHANNEL, wrapped);
    return () => {
      ipcRenderer.removeListener(CHART_UPDATED_CHANNEL, wrapped);
    };
  },
  onMenuCommand: (listener) => {
    // the event object is not passed on: it carries `sender`, which would leak ipcRenderer to the page
    const wrapped = (_event: unknown, command: MenuCommand) => listener(command);
    ipcRenderer.on(MENU_CHANNEL, wrapped);
    return () => {
      ipcRenderer.removeListener(MENU_CHANNEL, wrapped);
    };
  },
} satisfies WindowApi;

contextBridge.exposeInMainWorld('api', api);
