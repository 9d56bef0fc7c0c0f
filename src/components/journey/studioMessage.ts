/** A message the studio shows: a notice (with an undo) or an error (with an export offer). */
export interface StudioMessage {
  kind: 'notice' | 'error';
  text: string;
  /** A button offered with the message. */
  action?: 'export' | 'undoDelete' | 'undo';
  /** Where it is shown: 'lanes' in the lane panel (where the lane was deleted); by default at the top. */
  at?: 'lanes';
}
