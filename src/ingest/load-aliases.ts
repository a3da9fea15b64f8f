import * as z from "zod";
import { ALIAS_KINDS, AliasTable } from "../text/aliases.js";
import { readDataFile } from "./data-file.js";

const aliasFileSchema = z.object({
  $comment: z.string().optional(),
  groups: z
    .array(
      z
        .object({
          id: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/),
          kind: z.enum(ALIAS_KINDS),
          names: z.array(z.string().min(1)).min(1),
          instances: z.array(z.string()).min(1).optional(),
          owner: z.string().optional(),
        })
        .strict(),
    )
    .min(1)
    .superRefine((groups, ctx) => {
      const ids = new Set(groups.map((g) => g.id));
      for (const group of groups) {
        if (group.owner !== undefined && (!ids.has(group.owner) || group.owner === group.id))
          ctx.addIssue({
            code: "custom",
            message: `${group.id}: its owner must be another group's id`,
          });
        for (const id of group.instances ?? []) {
          if (group.kind !== "concept" || !ids.has(id) || id === group.id)
            ctx.addIssue({
              code: "custom",
              message: `${group.id}: an instance must be another group's id, of a concept`,
            });
        }
      }
    }),
});

/** Reads and validates an alias file; problems name the file. */
export function loadAliases(path: string): AliasTable {
  return new AliasTable(readDataFile(path, aliasFileSchema, "aliases").groups);
}
