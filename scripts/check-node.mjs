// Fails early, in words, on a Node older than 22: Vitest 5 and WXT break on Node 20 with errors that never
// mention Node. Plain JavaScript, so it runs on any Node version at all.
const [major] = process.versions.node.split('.').map(Number);
if (major < 22) {
  console.error(
    `Rapport needs Node.js 22 or newer; this is Node ${process.versions.node} (${process.execPath}).\n` +
      'Install Node 22 (https://nodejs.org, or your version manager: `nvm install 22`) and run the command again.',
  );
  process.exit(1);
}
