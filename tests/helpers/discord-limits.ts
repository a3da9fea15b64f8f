import { z } from "zod";
import { DISCORD_LIMITS as L } from "../../src/presenters/discord/limits.js";

const field = z.object({
  name: z.string().min(1).max(L.fieldName),
  value: z.string().min(1).max(L.fieldValue),
  inline: z.boolean().optional(),
});
const embed = z.object({
  title: z.string().max(L.embedTitle).optional(),
  description: z.string().max(L.embedDescription).optional(),
  fields: z.array(field).max(L.embedFields).optional(),
  footer: z.object({ text: z.string().max(L.footerText) }).optional(),
  color: z.number().int().optional(),
});
const button = z
  .object({
    type: z.literal(2),
    custom_id: z.string().min(1).max(L.customId),
    label: z.string().max(L.buttonLabel),
  })
  .passthrough();

/** Discord's limits on a message payload, checked on everything the tests capture. */
export const discordMessageSchema = z
  .object({
    content: z.string().max(L.content).optional(),
    embeds: z.array(embed).max(L.embeds).optional(),
    components: z
      .array(
        z.object({ type: z.literal(1), components: z.array(button).min(1).max(L.buttonsPerRow) }),
      )
      .max(L.components)
      .optional(),
    allowed_mentions: z.object({ parse: z.array(z.string()).length(0) }),
    flags: z.number().int().optional(),
  })
  .passthrough()
  .refine(
    (m) =>
      (m.embeds ?? []).reduce(
        (n, e) =>
          n +
          (e.title?.length ?? 0) +
          (e.description?.length ?? 0) +
          (e.footer?.text.length ?? 0) +
          (e.fields ?? []).reduce((k, f) => k + f.name.length + f.value.length, 0),
        0,
      ) <= L.embedsTotal,
    "embeds exceed 6,000 characters in total",
  )
  .refine((m) => {
    const ids = (m.components ?? []).flatMap((row) => row.components.map((c) => c.custom_id));
    return new Set(ids).size === ids.length;
  }, "custom ids must be unique");

export const autocompleteSchema = z.object({
  choices: z
    .array(
      z.object({
        name: z.string().min(1).max(L.choiceName),
        value: z.string().min(1).max(L.choiceValue),
      }),
    )
    .max(L.autocompleteChoices),
});
