/**
 * electron-builder `afterPack` hook (electron-builder.yml): sets the Electron fuses of the packaged binary, before
 * it is signed and wrapped into the installer, so the shipped app cannot be turned into a plain Node.js runtime or
 * be told to run other code (Electron's security checklist, "Use fuses",
 * https://www.electronjs.org/docs/latest/tutorial/fuses, with @electron/fuses):
 *
 * - RunAsNode off: `ELECTRON_RUN_AS_NODE` no longer makes the app a Node.js interpreter;
 * - EnableNodeOptionsEnvironmentVariable off: `NODE_OPTIONS` (e.g. `--require`) is ignored;
 * - EnableNodeCliInspectArguments off: `--inspect` and friends are ignored (no debugger can attach);
 * - EnableCookieEncryption on: the cookie store is encrypted with the OS key store;
 * - EnableEmbeddedAsarIntegrityValidation on: app.asar is checked against the hash electron-builder embeds
 *   (Windows and macOS; Linux has no embedded hash and ignores the fuse);
 * - OnlyLoadAppFromAsar on: the app is loaded only from app.asar, never from a folder put beside it;
 * - GrantFileProtocolExtraPrivileges off: the app's pages come from its own `app://` scheme, so `file://` needs
 *   none of its legacy privileges.
 *
 * After flipping, the wire is read back and every fuse checked: packaging fails rather than shipping a binary
 * whose fuses are not set (e.g. an Electron whose wire lacks one of them).
 */
'use strict';
const path = require('node:path');
const { flipFuses, getCurrentFuseWire, FuseV1Options, FuseVersion } = require('@electron/fuses');

/** The fuses and the state each must have (true: on). */
const FUSES = {
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
};

/** The byte of a fuse's state in the wire ('0' off, '1' on). */
const STATE_BYTE = { false: 0x30, true: 0x31 };

/**
 * The packaged Electron binary of a pack context: `<appOutDir>/<name>` on Linux, `<name>.exe` on Windows,
 * `<product>.app` on macOS (where @electron/fuses finds the framework inside).
 * @param {{ appOutDir: string, electronPlatformName: string, packager: { executableName?: string, appInfo: { productFilename: string } } }} context
 */
function electronBinaryPath(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') return path.join(appOutDir, `${packager.appInfo.productFilename}.app`);
  if (electronPlatformName === 'win32') return path.join(appOutDir, `${packager.appInfo.productFilename}.exe`);
  return path.join(appOutDir, packager.executableName || packager.appInfo.productFilename);
}

/**
 * Flips the fuses of the packaged binary and checks them. `fuses` is @electron/fuses (passed in by tests).
 * Rejects when the binary has no fuse wire or a fuse did not take.
 * @returns {Promise<string>} the binary flipped
 */
async function setFuses(context, fuses = { flipFuses, getCurrentFuseWire }) {
  const binary = electronBinaryPath(context);
  await fuses.flipFuses(binary, {
    version: FuseVersion.V1,
    // an arm64 macOS binary must be signed again after its bytes change (ad hoc; the real signature follows)
    resetAdHocDarwinSignature: context.electronPlatformName === 'darwin' && context.arch === 3,
    ...FUSES,
  });
  const wire = await fuses.getCurrentFuseWire(binary);
  for (const [index, on] of Object.entries(FUSES)) {
    if (wire[index] !== STATE_BYTE[on]) throw new Error(`fuse ${FuseV1Options[index]} is not ${on ? "on" : "off"} in ${binary}`);
  }
  return binary;
}

module.exports = { FUSES, electronBinaryPath, setFuses, default: (context) => setFuses(context).then(() => undefined) };
