import type { Server } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * Starts `server` on `port` (0 picks a free one) and resolves with the port it got; rejects when
 * it cannot listen (the port taken, say) instead of leaving an 'error' event unheard.
 */
export function listen(server: Server, port: number, host?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}
