/**
 * Which network adapter carries the default route: where learners' devices most likely are.
 * Read from the system's routing table on Linux; elsewhere asked of the system without running
 * any program and without sending anything.
 */
import { createSocket } from 'node:dgram';
import { readFileSync } from 'node:fs';
import { networkInterfaces } from 'node:os';

/**
 * The adapter of the default route in Linux's /proc/net/route: destination and mask 0, the
 * lowest metric winning; null when there is none.
 */
export function defaultAdapterFromLinuxRoutes(table: string): string | null {
  let best: { adapter: string; metric: number } | null = null;
  for (const line of table.split('\n').slice(1)) {
    const [adapter, destination, , flags, , , metric, mask] = line.trim().split(/\s+/);
    if (!adapter || destination !== '00000000' || mask !== '00000000') continue;
    // RTF_UP (0x1): a route that is down carries nothing.
    if ((Number.parseInt(flags ?? '0', 16) & 1) === 0) continue;
    const m = Number.parseInt(metric ?? '0', 10);
    if (!best || m < best.metric) best = { adapter, metric: m };
  }
  return best?.adapter ?? null;
}

/** The adapter that holds an address, by what os.networkInterfaces() reports. */
export function adapterOfAddress(
  address: string,
  interfaces: ReturnType<typeof networkInterfaces>,
): string | null {
  for (const [adapter, infos] of Object.entries(interfaces)) {
    if ((infos ?? []).some((info) => info.address === address)) return adapter;
  }
  return null;
}

/**
 * The local address the system would send from to reach the wider network. Connecting a UDP
 * socket only picks a route: no packet leaves the computer. The target is a documentation
 * address (RFC 5737) that nothing answers.
 */
function routedAddress(): Promise<string | null> {
  return new Promise((resolve) => {
    const socket = createSocket('udp4');
    const done = (address: string | null) => {
      socket.close();
      resolve(address);
    };
    socket.once('error', () => done(null));
    socket.connect(9, '192.0.2.1', () => {
      try {
        done(socket.address().address);
      } catch {
        done(null);
      }
    });
  });
}

/** The default route's adapter on this computer, or null when it has none. */
export async function defaultRouteAdapter(
  platform: NodeJS.Platform = process.platform,
): Promise<string | null> {
  if (platform === 'linux') {
    try {
      return defaultAdapterFromLinuxRoutes(readFileSync('/proc/net/route', 'utf8'));
    } catch {
      return null;
    }
  }
  const address = await routedAddress();
  return address ? adapterOfAddress(address, networkInterfaces()) : null;
}
