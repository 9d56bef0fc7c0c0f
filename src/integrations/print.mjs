// @ts-check
import { URL } from 'node:url';

/**
 * Printed handouts (issue 18): adds one 讲义合集 page per lecture, `lectures/<lecture>/handout/`,
 * which prints the lecture's pages in order as one A4 document. The print styles themselves
 * are src/styles/print.css (in Starlight's customCss); the title block and the footer with the
 * page's address and QR code are src/components/print/.
 * @returns {import('astro').AstroIntegration}
 */
export default function coursePrint() {
  return {
    name: 'course-print',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        injectRoute({
          pattern: '/lectures/[lecture]/handout',
          entrypoint: new URL('../components/print/HandoutPage.astro', import.meta.url),
        });
      },
    },
  };
}
