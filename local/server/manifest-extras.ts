/**
 * The parts of manifest.yml the function host does not type but the site server needs: Custom UI content
 * permissions and client egress (for the CSP), translations (for `__LOCALES__`) and module titles.
 * The manifest was already validated by loadApp; this only reads it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { z } from 'zod';
import type { LoadedApp } from '../host';

const address = z.union([z.string(), z.object({ address: z.string() }).loose(), z.object({ remote: z.string() }).loose()]);
const manifestExtrasSchema = z.object({
  permissions: z
    .object({
      content: z.object({ scripts: z.array(z.string()).optional(), styles: z.array(z.string()).optional() }).loose().optional(),
      external: z
        .object({
          fetch: z.object({ client: z.array(address).optional() }).loose().optional(),
          images: z.array(address).optional(),
          fonts: z.array(address).optional(),
          styles: z.array(address).optional(),
          scripts: z.array(address).optional(),
          frames: z.array(address).optional(),
          media: z.array(address).optional(),
        })
        .loose()
        .optional(),
    })
    .loose()
    .optional(),
  translations: z
    .object({
      resources: z.array(z.object({ key: z.string(), path: z.string() })),
      fallback: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
    })
    .optional(),
});

export interface ManifestExtras {
  contentScripts: string[];
  contentStyles: string[];
  /** CSP directive → extra sources from `permissions.external` */
  external: Record<'connect' | 'img' | 'font' | 'style' | 'script' | 'frame' | 'media', string[]>;
  /** locale → absolute path of its translation file */
  translationFiles: Record<string, string>;
  fallback: Record<string, string | string[]> | undefined;
  /** English title of each module (i18n titles resolved with the default locale) */
  titles: Record<string, string>;
}

const addresses = (list: Array<z.infer<typeof address>> | undefined): string[] =>
  (list ?? []).flatMap((entry) => (typeof entry === 'string' ? [entry] : 'address' in entry && typeof entry.address === 'string' ? [entry.address] : []));

function lookup(messages: unknown, dotted: string): string | undefined {
  let node = messages;
  for (const part of dotted.split('.')) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

export function readManifestExtras(app: LoadedApp, appDir: string): ManifestExtras {
  const raw = manifestExtrasSchema.parse(load(readFileSync(app.manifestPath, 'utf8')));
  const external = raw.permissions?.external;
  const translationFiles = Object.fromEntries((raw.translations?.resources ?? []).map((r) => [r.key, path.resolve(appDir, r.path)]));
  const defaultLocale = raw.translations?.fallback.default;
  const defaultFile = typeof defaultLocale === 'string' ? translationFiles[defaultLocale] : undefined;
  const defaultMessages: unknown = defaultFile ? JSON.parse(readFileSync(defaultFile, 'utf8')) : undefined;

  const titles: Record<string, string> = {};
  for (const modules of Object.values(app.modules)) {
    for (const module of modules) {
      const title = module.title;
      const key = String(module.key);
      if (typeof title === 'string') titles[key] = title;
      else if (title && typeof title === 'object' && 'i18n' in title) titles[key] = lookup(defaultMessages, String(title.i18n)) ?? String(title.i18n);
    }
  }
  return {
    contentScripts: raw.permissions?.content?.scripts ?? [],
    contentStyles: raw.permissions?.content?.styles ?? [],
    external: {
      connect: addresses(external?.fetch?.client),
      img: addresses(external?.images),
      font: addresses(external?.fonts),
      style: addresses(external?.styles),
      script: addresses(external?.scripts),
      frame: addresses(external?.frames),
      media: addresses(external?.media),
    },
    translationFiles,
    fallback: raw.translations?.fallback,
    titles,
  };
}
