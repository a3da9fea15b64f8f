/**
 * Bad input from a user (a garbage date, an unknown filter): its message is safe and useful to
 * show as it is. Any other error is a bug and is shown only as an error id.
 */
export class InputError extends Error {
  override name = "InputError";
}
