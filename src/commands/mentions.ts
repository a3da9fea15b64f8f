/** Discord mention syntax: @everyone, @here, users, roles, channels, slash-command mentions. */
const MENTION = /@(?:everyone|here)\b|<(?:@[!&]?|#)\d{17,20}>|<\/[\w -]{1,100}:\d{17,20}>/g;

/**
 * The words of a question without mention syntax: "@everyone when was R1 released?" asks the
 * same as "when was R1 released?", and the search should not look for "everyone".
 */
export function withoutMentions(text: string): string {
  return text.replace(MENTION, " ").replace(/\s+/g, " ").trim();
}
