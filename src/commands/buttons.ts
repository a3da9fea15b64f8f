import type { Subcommand } from "./subcommand.js";

type Button = NonNullable<Subcommand["button"]>;

/** Several kinds of button under one subcommand's replies, each pressed by its own handler. */
export function anyButton(...buttons: readonly Button[]): Button {
  const owner = (customId: string) => buttons.find((b) => b.owns(customId));
  return {
    owns: (customId) => owner(customId) !== undefined,
    press: async (ctx) => {
      const button = owner(ctx.customId);
      if (!button) throw new Error(`buttons: none owns "${ctx.customId.slice(0, 100)}"`);
      await button.press(ctx);
    },
  };
}
