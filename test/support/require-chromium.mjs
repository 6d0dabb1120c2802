// The end-to-end tests drive a real Chromium and render PDFs with poppler (pdftoppm, pdftotext);
// fail early and say how to get them.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (!existsSync(path)) {
  console.error(
    `\nChromium was not found at ${path}.\n` +
      'The end-to-end tests need it. Install it with:\n' +
      '  sudo apt-get update && sudo apt-get install -y chromium\n' +
      'or point CHROMIUM_PATH at an existing Chromium or Chrome binary.\n',
  );
  process.exit(1);
}

for (const tool of ['pdftoppm', 'pdftotext']) {
  const found = spawnSync(tool, ['-v'], { stdio: 'ignore' });
  if (found.error) {
    console.error(
      `\n${tool} was not found.\n` +
        'The end-to-end tests render PDFs with it (the annual summary). Install it with:\n' +
        '  sudo apt-get update && sudo apt-get install -y poppler-utils\n',
    );
    process.exit(1);
  }
}
