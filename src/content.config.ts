import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { i18nLoader } from '@astrojs/starlight/loaders';

/**
 * Course text lives in the top-level `content/` folder (not `src/content/docs/`), so the
 * writers' tree is separate from the code. Starlight's docsLoader is a glob over its fixed
 * folder; this is the same glob pointed at ours (files starting with `_` are ignored).
 */
export const collections = {
  docs: defineCollection({
    loader: glob({ pattern: '**/[^_]*.{md,mdx}', base: './content' }),
    schema: docsSchema({
      // Every page needs a meta description (search snippets, Lighthouse SEO).
      extend: z.object({ description: z.string().min(10) }),
    }),
  }),
  // Chinese strings for the parts of the UI Starlight does not translate itself (Pagefind's search box).
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
