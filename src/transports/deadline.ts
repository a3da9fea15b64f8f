/**
 * Discord's window for an interaction's first response: 3 s after it sent the interaction, the
 * user sees "This interaction failed". Every timer that guards the window is an offset from this
 * one deadline, so changing the window (or a margin) moves them together.
 */
export const RESPONSE_DEADLINE_MS = 3_000;

/**
 * Margins before the deadline. The dispatcher defers a command still working 1 s before it: the
 * deferral must itself reach Discord in time (a REST call on the gateway). The HTTP transport then
 * acknowledges whatever is still unanswered (a slow button, a handler bug) 0.5 s before it: the
 * last resort, after the dispatcher's own deferral had its chance.
 */
const DEFER_MARGIN_MS = 1_000;
const ACKNOWLEDGE_MARGIN_MS = 500;

export const DEADLINE = {
  /** When the dispatcher defers a command that has not answered yet (2 s). */
  deferAfterMs: RESPONSE_DEADLINE_MS - DEFER_MARGIN_MS,
  /** When the HTTP transport acknowledges an interaction nothing has answered yet (2.5 s). */
  acknowledgeAfterMs: RESPONSE_DEADLINE_MS - ACKNOWLEDGE_MARGIN_MS,
} as const;
