// Every script runs on the Node 24 that `npm install` puts in node_modules/.bin: say so
// plainly if something else is running them, instead of failing later in better-sqlite3.
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  console.error(
    `This project needs Node 24 or newer, but ${process.execPath} is Node ${process.version}.\n` +
      'Run it through npm (npm test, npm run serve): npm puts the project’s own Node 24 first.\n' +
      'If node_modules/.bin/node is missing, run `npm ci` again.',
  );
  process.exit(1);
}
