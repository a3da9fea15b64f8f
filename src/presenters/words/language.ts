import { hasHan } from "../../text/script.js";
import { EN, type Words } from "./en.js";
import { ZH } from "./zh.js";

/** The languages the bot frames its replies in; the quotes are always the documents' English. */
export type Language = "en" | "zh";

const WORDS: Readonly<Record<Language, Words>> = { en: EN, zh: ZH };

/** The bot's own words in `language`. */
export const wordsFor = (language: Language): Words => WORDS[language];

/**
 * The language to frame a reply in: Chinese when the question holds Chinese characters or the
 * person's Discord client is set to a Chinese locale ("zh-CN", "zh-TW"), English otherwise.
 * A button press has no question of its own: only the presser's locale counts.
 */
export function replyLanguage(locale: string | undefined, question = ""): Language {
  return locale?.startsWith("zh") || hasHan(question) ? "zh" : "en";
}
