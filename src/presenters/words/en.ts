import type { EventCategory } from "../../knowledge/types.js";

/**
 * The bot's own words in English: every sentence, label and heading an `ask`, `model` or
 * `timeline` reply, its buttons and the errors around it put around the quotes. Quotes,
 * citations, titles, bold answers, card values and events are the documents' own and never
 * appear here. Arguments are already escaped by the caller.
 */
export const EN = {
  /** The abstention's opening: the bold heading, then what to try. */
  notInDocuments:
    "**Not in the documents.** Nothing in the corpus answers this; try other words or a model name.",
  unknownModel: (name: string) => `**Not in the documents.** They name no model called ${name}.`,
  /** `date` is the documents' own, already in bold. */
  lessPrecise: (date: string) => `**Not that precisely in the documents.** They give only ${date}.`,
  /** `sum` is the documents' own, already in bold. */
  otherCurrency: (sum: string) => `**Not in that currency in the documents.** They give ${sum}.`,
  emptyQuestion: "(empty question)",
  quotesFooter: "Quotes are verbatim from the corpus documents.",
  sourcesDiffer: (label: string) => `**Sources differ on ${label}:**`,
  suggestionsHeading: "The closest they cover, press one to ask it:",

  showPassages: "Show passages",
  passagesGone:
    "These passages are no longer in the documents: they changed since this answer. Ask again for the current ones.",
  passagesLeftOut: (gone: number, cited: number) =>
    `${gone} of the ${cited} passages changed since this answer and are left out.`,

  voteRecorded: (emoji: string) =>
    `Thanks: your ${emoji} is recorded. The operator reads these to improve the answers.`,
  voteAlreadyRecorded: (emoji: string) =>
    `You had already voted ${emoji} on this answer; it stays recorded once.`,
  voteChanged: (from: string, to: string) =>
    `Changed your vote on this answer from ${from} to ${to}.`,
  /** Shown before the error id: no closing full stop. */
  voteNotRecorded:
    "Your vote could not be recorded: the feedback store is unavailable right now. The answer is unaffected",

  /** `command` is the message command's name as the person's client shows it. */
  messageWithoutText: (command: string) =>
    `That message has no text to answer. Use **${command}** on a message that asks a question, or \`/deepseek ask\`.`,
  messageOnlyAttachments: (command: string) =>
    `That message has only attachments, and I answer only text. Use **${command}** on a message that asks a question, or \`/deepseek ask\`.`,

  /** Shown before the error id: no closing full stop. */
  somethingWentWrong: "Something went wrong on our side",
  withErrorId: (what: string, id: string) =>
    `${what} (error id \`${id}\`). Please try again; if it keeps happening, tell the bot's operator this id.`,
  askingTooFast: (seconds: number) =>
    `You're asking quickly: please wait ${seconds} s and try again.`,
  pressingTooFast: (seconds: number) =>
    `You're pressing quickly: please wait ${seconds} s and try again.`,
  unsupportedInteraction: "This bot does not handle that kind of interaction.",

  /** The text replies (the developer CLI). */
  textQuestion: (question: string) => `Q: ${question}`,
  textAnswer: (answer: string) => `Answer: ${answer}`,
  textNotInDocuments: "Not in the documents: nothing in the corpus answers this question.",
  textUnknownModel: (name: string) => `Not in the documents: they name no model called ${name}.`,
  textLessPrecise: (date: string) => `Not that precisely in the documents: they give only ${date}.`,
  textOtherCurrency: (sum: string) => `Not in that currency in the documents: they give ${sum}.`,
  textSuggestionsHeading: "The closest they cover (ask one):",

  /** `/deepseek model`: a card, a comparison, several models a name could mean, none. */
  modelFooter: "Every fact cites the document and section it is quoted from.",
  comparisonFooter:
    "Every fact cites the document and section it is quoted from. “—”: the documents give none.",
  /** `name` is the model's (bold in Discord), `typed` the name as typed. */
  showingFor: (name: string, typed: string) => `Showing ${name} (for “${typed}”)`,
  alsoNamed: (names: string) => `Also: ${names}`,
  /** After a card line's label, or before a model's values in a comparison row. */
  sourcesDifferMark: "sources differ",
  versus: (left: string, right: string) => `${left} vs ${right}`,
  modelNotFoundTitle: "Model not found",
  modelNotFound: (typed: string) => `No model named “${typed}” in the documents.`,
  didYouMean: (names: string) => `Did you mean: ${names}?`,
  pickModelFromList: "Try `/deepseek model` and pick a name from the list.",
  whichModelTitle: "Which model?",
  whichModel: (typed: string) =>
    `“${typed}” could be any of these. Press one to see its card, or run \`/deepseek model\` with its name.`,
  /**
   * A card line's label in this language, by the English label the catalog gives it ("release
   * date"); a label missing here is shown as the catalog has it. English needs none.
   */
  factLabels: {} as Readonly<Record<string, string>>,

  /** `/deepseek timeline`. */
  timelineTitle: "DeepSeek timeline",
  /** The filters as a phrase: each filter's words joined by `filterSeparator`. */
  aboutModel: (name: string) => `about ${name}`,
  fromDate: (date: string) => `from ${date}`,
  toDate: (date: string) => `to ${date}`,
  onTopic: (topic: string) => `topic “${topic}”`,
  filterSeparator: ", ",
  eventsFiltered: (filters: string) => `Events ${filters}.`,
  noEventsFiltered: (filters: string) => `No dated events ${filters}.`,
  noEvents: "No dated events in the documents.",
  timelinePage: (page: number, pages: number, events: number) =>
    `Page ${page}/${pages} · ${events} events`,
  narrowToPage: "narrow the filters to page further",
  previousPage: "Previous",
  nextPage: "Next",
  /** `names` already joined and marked. */
  timelineWhichModel: (typed: string, names: string) =>
    `“${typed}” could be any of: ${names}. Pick one with \`model:\`.`,
  notYourTimeline:
    "Only the person who asked can page this timeline. Run `/deepseek timeline` for your own.",
  /** Filters the timeline cannot read, each problem as a phrase, joined by "; ". */
  badFilters: (problems: string) => `timeline: ${problems}`,
  notADate: (filter: string) => `${filter} must be a date as YYYY, YYYY-MM or YYYY-MM-DD`,
  fromAfterTo: "from must not be after to",
  problemSeparator: "; ",
  /** An event's category, as the timeline files it. */
  eventCategories: {
    company: "company",
    model: "model",
    api: "api",
    infrastructure: "infrastructure",
    market: "market",
  } satisfies Record<EventCategory, string> as Readonly<Record<EventCategory, string>>,

  /** The text replies of `model` and `timeline`. */
  textShowingFor: (name: string, typed: string) => `Showing ${name} (for "${typed}")`,
  textModelNotFound: (typed: string) => `No model named "${typed}" in the documents.`,
  textWhichModel: (typed: string) =>
    `"${typed}" could be any of these; run model with one of the names:`,
  textTimelineWhichModel: (typed: string, names: string) => `"${typed}" could be any of: ${names}.`,
  textNoEvents: "No dated events match.",
};

/** The shape every language's table has: each key of the English one, nothing else. */
export type Words = typeof EN;
