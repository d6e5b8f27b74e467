// The two macOS jobs (arm64, x64) each write their own latest-mac.yml naming only their zip and dmg;
// electron-updater reads one file and picks its architecture from `files`. This joins them:
//   npx tsx scripts/release/merge-latest-mac.ts dist/a/latest-mac.yml dist/b/latest-mac.yml > latest-mac.yml
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const yaml = createRequire(import.meta.url)('js-yaml') as {
  load(text: string): unknown;
  dump(value: unknown, options?: object): string;
};

interface UpdateFile {
  url: string;
  sha512: string;
  size: number;
}
interface LatestMac {
  version: string;
  files: UpdateFile[];
  path: string;
  sha512: string;
  releaseDate: string;
}

export function mergeLatestMac(texts: string[]): string {
  const parts = texts.map((text) => yaml.load(text) as LatestMac);
  const versions = new Set(parts.map((part) => part.version));
  if (versions.size !== 1) throw new Error(`latest-mac.yml files disagree on the version: ${[...versions]}`);
  const files = new Map<string, UpdateFile>();
  for (const part of parts) for (const file of part.files) files.set(file.url, file);
  // path/sha512 at the top level are what old updaters read: keep the x64 zip there (arm64 reads `files`).
  const top = parts.find((part) => !part.path.includes('arm64')) ?? parts[0];
  return yaml.dump({ ...top, files: [...files.values()] }, { lineWidth: -1 });
}

if (process.argv[1] && process.argv[1].endsWith('merge-latest-mac.ts')) {
  process.stdout.write(mergeLatestMac(process.argv.slice(2).map((file) => readFileSync(file, 'utf8'))));
}
