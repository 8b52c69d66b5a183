/**
 * Which of this computer's addresses learners' devices can reach: a pure choice over what
 * os.networkInterfaces() reports and which adapter holds the default route.
 */
import type { NetworkInterfaceInfo } from 'node:os';
import type { RoomAddress } from '../../../shared/api/commands/room';

/** The room's usual port: a fixed one, so a firewall's "allow" is remembered between sessions. */
export const DEFAULT_ROOM_PORT = 4880;

/** The loopback address offered last, for a trainer trying the room out on this computer. */
export const THIS_COMPUTER = '127.0.0.1';

/**
 * Adapters that learners' devices cannot reach: containers and virtual machines' bridges
 * (Docker, WSL, Hyper-V, VirtualBox, VMware, libvirt), and tunnels of VPNs and overlays.
 */
const virtualAdapter =
  /^(docker|br-|veth|virbr|vmnet|vboxnet|lxc|lxd|cni|flannel|cali|podman|tun|tap|utun|wg|ppp|ipsec|zt|tailscale|nordlynx|awdl|llw|anpi|bridge\d)|vethernet|wsl|hyper-v|virtualbox|vmware|vpn|tap-windows|wireguard|openvpn|zerotier|tailscale/i;

/** Whether an adapter is a virtual one (by the names systems and tools give them). */
export function isVirtualAdapter(name: string): boolean {
  return virtualAdapter.test(name);
}

/** 169.254.x.x: a self-assigned address, used when no network gave one; nobody else reaches it. */
function isLinkLocal(address: string): boolean {
  return address.startsWith('169.254.');
}

/** Any address of 127.0.0.0/8: reachable from this computer only. */
export function isLoopback(address: string): boolean {
  return address.startsWith('127.');
}

/**
 * The addresses the room may listen on: the usable IPv4 addresses of real adapters, the one on
 * the default route's adapter first and recommended, then 127.0.0.1 for trying it out alone.
 * Never link-local or virtual adapters' addresses.
 */
export function roomAddresses(
  interfaces: Readonly<Record<string, readonly NetworkInterfaceInfo[] | undefined>>,
  defaultAdapter: string | null,
): RoomAddress[] {
  const usable: RoomAddress[] = [];
  for (const [adapter, infos] of Object.entries(interfaces)) {
    if (isVirtualAdapter(adapter)) continue;
    for (const info of infos ?? []) {
      if (info.family !== 'IPv4' || info.internal) continue;
      if (isLoopback(info.address) || isLinkLocal(info.address)) continue;
      usable.push({
        address: info.address,
        adapter,
        recommended: false,
        thisComputerOnly: false,
      });
    }
  }
  const onDefault = usable.findIndex((a) => a.adapter === defaultAdapter);
  // Without a default route (a laptop's own hotspot, an isolated switch) any real adapter will do.
  const chosen = onDefault >= 0 ? onDefault : usable.length > 0 ? 0 : -1;
  const ordered =
    chosen >= 0
      ? [{ ...usable[chosen]!, recommended: true }, ...usable.filter((_, i) => i !== chosen)]
      : usable;
  return [
    ...ordered,
    { address: THIS_COMPUTER, adapter: 'loopback', recommended: false, thisComputerOnly: true },
  ];
}

/** Whether an address belongs to this computer: one of its adapters', or any loopback address. */
export function isOwnAddress(
  address: string,
  interfaces: Readonly<Record<string, readonly NetworkInterfaceInfo[] | undefined>>,
): boolean {
  if (isLoopback(address)) return true;
  return Object.values(interfaces).some((infos) =>
    (infos ?? []).some((info) => info.family === 'IPv4' && info.address === address),
  );
}
