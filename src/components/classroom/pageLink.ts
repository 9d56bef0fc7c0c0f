/**
 * The address the page QR code carries. A tool on the page answers the request with its share
 * link (the kernel listens for PAGE_LINK_EVENT, src/components/shared/useTool.ts), so the code
 * opens the tool with today's data; any other page gives its own address.
 */
export const PAGE_LINK_EVENT = 'course:page-link';

export interface PageLinkRequest {
  url: string | null;
}

export function currentPageLink(): string {
  const request: PageLinkRequest = { url: null };
  document.dispatchEvent(new CustomEvent<PageLinkRequest>(PAGE_LINK_EVENT, { detail: request }));
  return request.url ?? window.location.href;
}
