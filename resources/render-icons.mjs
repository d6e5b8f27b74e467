// Renders resources/icon.svg → icon.png (1024 px) and tray.svg → tray.png (32 px) with Debian's Chromium.
// Run: node resources/render-icons.mjs (electron-builder turns icon.png into .ico and .icns at package time).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
try {
  for (const [name, size] of [
    ['icon', 1024],
    ['tray', 32],
  ]) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const svg = readFileSync(join(here, `${name}.svg`), 'utf8');
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
    );
    await page.locator('svg').screenshot({ path: join(here, `${name}.png`), omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
