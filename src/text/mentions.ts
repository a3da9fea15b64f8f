/**
 * Whether `name` occurs in `text` (case aside) and every occurrence passes `holds`, given its
 * offset in the lower-cased text: "every mention of the name follows a time word", "every
 * mention lies in a ruled-out clause".
 */
export function everyMention(
  text: string,
  name: string,
  holds: (at: number, lower: string) => boolean,
): boolean {
  const lower = text.toLowerCase();
  const needle = name.toLowerCase();
  let at = lower.indexOf(needle);
  if (at < 0) return false;
  for (; at >= 0; at = lower.indexOf(needle, at + 1)) {
    if (!holds(at, lower)) return false;
  }
  return true;
}
