/**
 * A failure on our side the user should hear about in words, not just as an error id (a vote
 * that could not be stored). The dispatcher logs it as an error with an id, like any other, and
 * shows `notice` with that id.
 */
export class NoticeError extends Error {
  override name = "NoticeError";
  constructor(
    readonly notice: string,
    options?: ErrorOptions,
  ) {
    super(notice, options);
  }
}
