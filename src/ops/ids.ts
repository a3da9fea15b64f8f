import { randomBytes } from "node:crypto";

/**
 * A short random id (8 hex characters) that ties what a user or client is told to the one log
 * line that explains it: request ids, and the error id in a "something went wrong" reply.
 */
export const shortId = (): string => randomBytes(4).toString("hex");
