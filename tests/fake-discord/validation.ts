import {
  type APIActionRowComponent,
  type APIApplicationCommandOptionChoice,
  type APIComponentInMessageActionRow,
  type APIEmbed,
  type APIMessageTopLevelComponent,
  ComponentType,
  MessageFlags,
} from "discord.js";
import type { FieldError } from "./discord-error.js";

/**
 * The message fields bots send in callbacks, follow-ups and edits. Parsed from JSON written by
 * discord.js, so the fake trusts the shape and only checks the limits below.
 */
export interface MessageBody {
  content?: string | null;
  embeds?: APIEmbed[] | null;
  components?: APIMessageTopLevelComponent[] | null;
  flags?: number | null;
  attachments?: { id: string | number; filename?: string; description?: string }[] | null;
  allowed_mentions?: unknown;
  poll?: unknown;
  tts?: boolean;
}

type Path = (string | number)[];

/** Counted in code points, which is what Discord's length limits use. */
function length(text: string | undefined | null): number {
  return text ? [...text].length : 0;
}

function maxLength(errors: FieldError[], path: Path, text: string | undefined | null, max: number) {
  if (length(text) > max) {
    errors.push({
      path,
      code: "BASE_TYPE_MAX_LENGTH",
      message: `Must be ${max} or fewer in length.`,
    });
  }
}

/** Discord's documented message limits, so bots that would fail in production fail here too. */
export function validateMessageBody(body: MessageBody, prefix: Path = []): FieldError[] {
  const errors: FieldError[] = [];
  maxLength(errors, [...prefix, "content"], body.content, 2000);

  const embeds = body.embeds ?? [];
  if (embeds.length > 10) {
    errors.push({
      path: [...prefix, "embeds"],
      code: "BASE_TYPE_MAX_LENGTH",
      message: "Must be 10 or fewer in length.",
    });
  }
  let embedTotal = 0;
  embeds.forEach((embed, i) => {
    const at = [...prefix, "embeds", i];
    maxLength(errors, [...at, "title"], embed.title, 256);
    maxLength(errors, [...at, "description"], embed.description, 4096);
    maxLength(errors, [...at, "footer", "text"], embed.footer?.text, 2048);
    maxLength(errors, [...at, "author", "name"], embed.author?.name, 256);
    const fields = embed.fields ?? [];
    if (fields.length > 25) {
      errors.push({
        path: [...at, "fields"],
        code: "BASE_TYPE_MAX_LENGTH",
        message: "Must be 25 or fewer in length.",
      });
    }
    fields.forEach((field, j) => {
      for (const [key, max] of [
        ["name", 256],
        ["value", 1024],
      ] as const) {
        if (length(field[key]) === 0) {
          errors.push({
            path: [...at, "fields", j, key],
            code: "BASE_TYPE_REQUIRED",
            message: "This field is required",
          });
        }
        maxLength(errors, [...at, "fields", j, key], field[key], max);
      }
    });
    embedTotal +=
      length(embed.title) +
      length(embed.description) +
      length(embed.footer?.text) +
      length(embed.author?.name) +
      fields.reduce((sum, field) => sum + length(field.name) + length(field.value), 0);
  });
  if (embedTotal > 6000) {
    errors.push({
      path: [...prefix, "embeds"],
      code: "MAX_EMBED_SIZE_EXCEEDED",
      message: "Embed size exceeds maximum size of 6000",
    });
  }

  const components = body.components ?? [];
  const componentsV2 = ((body.flags ?? 0) & MessageFlags.IsComponentsV2) !== 0;
  if (!componentsV2 && components.length > 5) {
    errors.push({
      path: [...prefix, "components"],
      code: "BASE_TYPE_MAX_LENGTH",
      message: "Must be 5 or fewer in length.",
    });
  }
  components.forEach((component, i) => {
    if (component.type !== ComponentType.ActionRow) return;
    const row = component as APIActionRowComponent<APIComponentInMessageActionRow>;
    row.components.forEach((child, j) => {
      const at = [...prefix, "components", i, "components", j];
      if ("label" in child) maxLength(errors, [...at, "label"], child.label, 80);
      if ("custom_id" in child) maxLength(errors, [...at, "custom_id"], child.custom_id, 100);
    });
  });
  return errors;
}

export function validateChoices(choices: APIApplicationCommandOptionChoice[]): FieldError[] {
  const errors: FieldError[] = [];
  if (choices.length > 25) {
    errors.push({
      path: ["data", "choices"],
      code: "BASE_TYPE_MAX_LENGTH",
      message: "Must be 25 or fewer in length.",
    });
  }
  choices.forEach((choice, i) => {
    maxLength(errors, ["data", "choices", i, "name"], choice.name, 100);
    if (typeof choice.value === "string") {
      maxLength(errors, ["data", "choices", i, "value"], choice.value, 100);
    }
  });
  return errors;
}
