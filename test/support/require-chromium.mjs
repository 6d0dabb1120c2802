// The end-to-end tests drive a real Chromium; fail early and say how to get one.
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
