import * as z from "zod";

/** Discord's message limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits). */
export const DISCORD_LIMITS = {
  content: 2000,
  embeds: 10,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  authorName: 256,
  /** Characters across every embed of one message. */
  embedsTotal: 6000,
  components: 5,
  buttonsPerRow: 5,
  buttonLabel: 80,
  customId: 100,
  autocompleteChoices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;

const L = DISCORD_LIMITS;

const embedSchema = z.looseObject({
  title: z.string().max(L.embedTitle).optional(),
  description: z.string().max(L.embedDescription).optional(),
  fields: z
    .array(
      z.looseObject({
        name: z.string().min(1).max(L.fieldName),
        value: z.string().min(1).max(L.fieldValue),
        inline: z.boolean().optional(),
      }),
    )
    .max(L.embedFields)
    .optional(),
  footer: z.looseObject({ text: z.string().max(L.footerText) }).optional(),
  author: z.looseObject({ name: z.string().max(L.authorName) }).optional(),
});

/** Characters Discord counts towards the 6,000 across a message's embeds. */
export function embedCharacters(embed: {
  title?: string;
  description?: string;
  footer?: { text: string };
  author?: { name: string };
  fields?: readonly { name: string; value: string }[];
}): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

const buttonSchema = z
  .looseObject({
    type: z.literal(2),
    custom_id: z.string().min(1).max(L.customId),
    label: z.string().min(1).max(L.buttonLabel).optional(),
    emoji: z.looseObject({ name: z.string().min(1) }).optional(),
  })
  .refine(
    (b) => b.label !== undefined || b.emoji !== undefined,
    "a button needs a label or an emoji",
  );

/**
 * A message payload as this bot may send it (reply, update, edit or follow-up): within every
 * Discord limit, buttons with unique custom ids, and mentions never parsed. The tests check
 * every payload they capture against it.
 */
export const messagePayloadSchema = z
  .looseObject({
    content: z.string().max(L.content).nullish(),
    embeds: z.array(embedSchema).max(L.embeds).optional(),
    components: z
      .array(
        z.looseObject({
          type: z.literal(1),
          components: z.array(buttonSchema).min(1).max(L.buttonsPerRow),
        }),
      )
      .max(L.components)
      .optional(),
    allowed_mentions: z.object({ parse: z.array(z.string()).length(0) }),
    flags: z.number().int().nonnegative().optional(),
  })
  .refine(
    (m) => (m.embeds ?? []).reduce((n, e) => n + embedCharacters(e), 0) <= L.embedsTotal,
    `embeds exceed ${L.embedsTotal} characters in total`,
  )
  .refine((m) => {
    const ids = (m.components ?? []).flatMap((row) => row.components.map((c) => c.custom_id));
    return new Set(ids).size === ids.length;
  }, "custom ids must be unique within a message");

/** An autocomplete answer: at most 25 choices, names and values of 1 to 100 characters. */
export const autocompletePayloadSchema = z.object({
  choices: z
    .array(
      z.object({
        name: z.string().min(1).max(L.choiceName),
        value: z.string().min(1).max(L.choiceValue),
      }),
    )
    .max(L.autocompleteChoices),
});
