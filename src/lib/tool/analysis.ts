/**
 * Which survey-worker answer the kernel may keep. Every analysis request gets a rising id; the
 * kernel remembers only the id of the latest one. An answer is applied when its id is that latest
 * id and dropped otherwise, so a result that arrives late (after a newer request, a reset, a new
 * file or a new mapping) can never land on a newer state. Pure: the hook
 * (src/components/shared/useTool.ts) posts the requests; this only decides.
 */

/** The kernel's record of requests; 0 means "nothing outstanding". */
export interface AnalysisTicket {
  /** Id of the latest request whose answer is still wanted (0: none). */
  latest: number;
}

export const NO_TICKET: AnalysisTicket = { latest: 0 };

export type TicketEvent =
  /** A request was posted with this id (ids come from a counter that only rises). */
  | { kind: 'requested'; id: number }
  /** Reset, a new file, a share link or a changed mapping: no older answer may land. */
  | { kind: 'invalidated' }
  /** An answer came back for request `id`. */
  | { kind: 'answered'; id: number };

/**
 * @example accepts({ latest: 3 }, 2) // false: request 3 superseded request 2
 */
export function accepts(ticket: AnalysisTicket, id: number): boolean {
  return ticket.latest !== 0 && id === ticket.latest;
}

/**
 * The ticket after an event. An accepted answer closes the ticket, so the same answer delivered
 * twice is applied once.
 * @example reduceTicket({ latest: 2 }, { kind: 'answered', id: 2 }) // { latest: 0 }
 */
export function reduceTicket(ticket: AnalysisTicket, event: TicketEvent): AnalysisTicket {
  switch (event.kind) {
    case 'requested':
      return { latest: event.id };
    case 'invalidated':
      return NO_TICKET;
    case 'answered':
      return accepts(ticket, event.id) ? NO_TICKET : ticket;
  }
}
