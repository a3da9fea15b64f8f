import { type APIInteraction, ApplicationCommandType, InteractionType } from "discord.js";
import * as z from "zod";

/**
 * The parts of an interaction payload the HTTP transport reads, checked before anything uses
 * them: a correctly signed body is from Discord, but a changed API or a bug on either side must
 * give a clear 400, not a crash deep in a handler. Unknown fields pass through untouched.
 */
const snowflake = z.string().regex(/^\d{1,20}$/, "must be a Discord id");
const user = z.looseObject({ id: snowflake, username: z.string() });
const invoker = {
  member: z.looseObject({ user }).optional(),
  user: user.optional(),
};
const envelope = {
  id: snowflake,
  application_id: snowflake,
  token: z.string().min(1).max(500),
  version: z.number(),
  /** The person's client language ("zh-CN"): replies are framed in it. */
  locale: z.string().max(35).optional(),
};
const leafOption = z.looseObject({
  name: z.string(),
  type: z.number().int(),
  value: z.union([z.string(), z.number(), z.boolean()]).optional(),
  focused: z.boolean().optional(),
});
const commandOption = z.looseObject({
  name: z.string(),
  type: z.number().int(),
  value: z.union([z.string(), z.number(), z.boolean()]).optional(),
  focused: z.boolean().optional(),
  options: z.array(leafOption).max(25).optional(),
});
/** A message command's message, as `data.resolved.messages` carries it. */
const resolvedMessage = z.looseObject({
  id: snowflake,
  content: z.string(),
  attachments: z.array(z.unknown()),
});
const commandData = z.looseObject({
  name: z.string(),
  type: z.number().int(),
  options: z.array(commandOption).max(25).optional(),
  target_id: snowflake.optional(),
  resolved: z
    .looseObject({ messages: z.record(z.string(), resolvedMessage).optional() })
    .optional(),
});

const interactionSchema = z
  .discriminatedUnion("type", [
    z.looseObject({ type: z.literal(InteractionType.Ping) }),
    z.looseObject({
      ...envelope,
      ...invoker,
      type: z.literal(InteractionType.ApplicationCommand),
      data: commandData,
    }),
    z.looseObject({
      ...envelope,
      ...invoker,
      type: z.literal(InteractionType.ApplicationCommandAutocomplete),
      data: commandData,
    }),
    z.looseObject({
      ...envelope,
      ...invoker,
      type: z.literal(InteractionType.MessageComponent),
      data: z.looseObject({ custom_id: z.string().max(100), component_type: z.number().int() }),
      message: z.looseObject({ id: snowflake }),
    }),
    z.looseObject({
      ...envelope,
      ...invoker,
      type: z.literal(InteractionType.ModalSubmit),
      data: z.looseObject({ custom_id: z.string().max(100) }),
    }),
  ])
  .refine(
    (interaction) =>
      interaction.type === InteractionType.Ping || !!(interaction.member?.user ?? interaction.user),
    { message: "needs member.user or user" },
  )
  .refine(
    (interaction) =>
      interaction.type !== InteractionType.ApplicationCommand ||
      interaction.data.type !== ApplicationCommandType.Message ||
      !!interaction.data.resolved?.messages?.[interaction.data.target_id ?? ""],
    { message: "a message command needs data.target_id and that message in data.resolved" },
  );

/** A parsed body: the interaction, or a short reason it is not one (for the 400 and the log). */
export type ParsedInteraction =
  | { ok: true; interaction: APIInteraction }
  | { ok: false; problem: string };

/** Parses a signed request body. Never throws. */
export function parseInteraction(body: Buffer): ParsedInteraction {
  let json: unknown;
  try {
    json = JSON.parse(body.toString("utf8"));
  } catch {
    return { ok: false, problem: "body is not JSON" };
  }
  const result = interactionSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.length ? issue.path.join(".") : "interaction";
    return { ok: false, problem: `${where}: ${issue?.message ?? "invalid"}` };
  }
  // The schema checked every field the transport reads; the rest is Discord's own shape.
  return { ok: true, interaction: result.data as unknown as APIInteraction };
}
