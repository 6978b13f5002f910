// Before the tests: better-sqlite3 must be built for Node, not for Electron (`npm start` rebuilds it for Electron
// with electron-builder install-app-deps). Rebuilds it from source only when the Node build does not load.
const { execSync } = require('node:child_process');
try {
  const Database = require('better-sqlite3');
  new Database(':memory:').close();
} catch (e) {
  process.stderr.write(`better-sqlite3 nie ładuje się w Node (${e.message.split('\n')[0]}); przebudowa dla Node…\n`);
  execSync('npm rebuild better-sqlite3', { stdio: 'inherit' });
}
