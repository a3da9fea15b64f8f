/** Discord's epoch (2015-01-01T00:00:00Z); discord.js derives createdAt from ids with it. */
const DISCORD_EPOCH = 1_420_070_400_000n;

/**
 * Makes real-looking, strictly increasing snowflakes so discord.js can read a creation
 * time from every id, and ids sort in creation order as they do on Discord.
 */
export class SnowflakeGenerator {
  private increment = 0n;
  private lastTimestamp = 0n;

  next(): string {
    let timestamp = BigInt(Date.now()) - DISCORD_EPOCH;
    // Never go backwards, even if the clock does or we make >4096 ids in one millisecond.
    if (timestamp < this.lastTimestamp) timestamp = this.lastTimestamp;
    if (timestamp === this.lastTimestamp) {
      this.increment += 1n;
      if (this.increment > 0xfffn) {
        timestamp += 1n;
        this.increment = 0n;
      }
    } else {
      this.increment = 0n;
    }
    this.lastTimestamp = timestamp;
    return ((timestamp << 22n) | this.increment).toString();
  }
}
