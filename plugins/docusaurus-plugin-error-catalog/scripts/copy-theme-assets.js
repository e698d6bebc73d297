// tsc emits only JavaScript; the theme's CSS modules are copied beside it.
const fs = require('node:fs');
const path = require('node:path');

const from = path.join(__dirname, '../src/theme');
const to = path.join(__dirname, '../lib/theme');
for (const file of fs.readdirSync(from, {recursive: true})) {
  if (String(file).endsWith('.css')) {
    fs.mkdirSync(path.dirname(path.join(to, file)), {recursive: true});
    fs.copyFileSync(path.join(from, file), path.join(to, file));
  }
}
