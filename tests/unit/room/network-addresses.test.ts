import type { NetworkInterfaceInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import {
  adapterOfAddress,
  defaultAdapterFromLinuxRoutes,
} from '../../../server/host/room/default-route';
import {
  isOwnAddress,
  isVirtualAdapter,
  roomAddresses,
} from '../../../server/host/room/network-addresses';

function v4(address: string, internal = false): NetworkInterfaceInfo {
  return {
    address,
    family: 'IPv4',
    internal,
    netmask: '255.255.255.0',
    mac: '00:00:00:00:00:00',
    cidr: `${address}/24`,
  };
}
function v6(address: string): NetworkInterfaceInfo {
  return {
    address,
    family: 'IPv6',
    internal: false,
    netmask: 'ffff:ffff:ffff:ffff::',
    mac: '00:00:00:00:00:00',
    cidr: `${address}/64`,
    scopeid: 0,
  };
}

// Addresses from the ranges kept for examples (RFC 5737): the picker reads them as data and
// nothing is sent to them; it tells adapters apart by their names and link-local addresses.
const laptop = {
  lo: [v4('127.0.0.1', true)],
  docker0: [v4('192.0.2.17')],
  'br-5d2f': [v4('192.0.2.18')],
  eth0: [v4('169.254.10.20')],
  wlan0: [v4('198.51.100.20'), v6('fe80::1')],
  tun0: [v4('203.0.113.5')],
  enp3s0: [v4('203.0.113.7')],
};

describe('the addresses the room can listen on', () => {
  it('recommends the usable IPv4 address of the adapter with the default route, first', () => {
    const addresses = roomAddresses(laptop, 'wlan0');
    expect(addresses[0]).toEqual({
      address: '198.51.100.20',
      adapter: 'wlan0',
      recommended: true,
      thisComputerOnly: false,
    });
    expect(addresses.map((a) => a.address)).toEqual(['198.51.100.20', '203.0.113.7', '127.0.0.1']);
  });

  it('never offers loopback to learners, nor link-local, IPv6 or virtual adapters’ addresses', () => {
    const addresses = roomAddresses(laptop, 'docker0');
    const offered = addresses.filter((a) => !a.thisComputerOnly).map((a) => a.address);
    expect(offered).not.toContain('192.0.2.17');
    expect(offered).not.toContain('192.0.2.18');
    expect(offered).not.toContain('169.254.10.20');
    expect(offered).not.toContain('203.0.113.5');
    expect(offered.every((a) => !a.includes(':'))).toBe(true);
    // The default route through a virtual adapter (a VPN, Docker) is passed over for a real one.
    expect(addresses.find((a) => a.recommended)?.address).toBe('198.51.100.20');
    expect(addresses.at(-1)).toMatchObject({
      address: '127.0.0.1',
      recommended: false,
      thisComputerOnly: true,
    });
  });

  it('recommends nothing when this computer is on no network, offering only this computer', () => {
    expect(roomAddresses({ lo: [v4('127.0.0.1', true)], eth0: [v4('169.254.3.4')] }, null)).toEqual(
      [{ address: '127.0.0.1', adapter: 'loopback', recommended: false, thisComputerOnly: true }],
    );
  });

  it('knows the virtual adapters of Docker, WSL, Hyper-V, VirtualBox, VMware and VPN tunnels', () => {
    for (const name of [
      'docker0',
      'vEthernet (WSL)',
      'vEthernet (Default Switch)',
      'VirtualBox Host-Only Network',
      'VMware Network Adapter VMnet8',
      'vboxnet0',
      'utun3',
      'wg0',
      'tailscale0',
      'ZeroTier One [8056c2e21c]',
      'virbr0',
      'veth12ab',
    ])
      expect(isVirtualAdapter(name), name).toBe(true);
    for (const name of ['eth0', 'wlan0', 'en0', 'Wi-Fi', 'Ethernet', 'wlp2s0', 'enp3s0'])
      expect(isVirtualAdapter(name), name).toBe(false);
  });

  it('accepts any loopback address and this computer’s own as the trainer’s choice, nothing else', () => {
    expect(isOwnAddress('127.0.0.21', laptop)).toBe(true);
    expect(isOwnAddress('198.51.100.20', laptop)).toBe(true);
    expect(isOwnAddress('198.51.100.21', laptop)).toBe(false);
  });
});

describe('the default route', () => {
  const table = [
    'Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT',
    'docker0\t000011AC\t00000000\t0001\t0\t0\t0\t0000FFFF\t0\t0\t0',
    'wlan0\t00000000\t0101A8C0\t0003\t0\t0\t600\t00000000\t0\t0\t0',
    'eth0\t00000000\t0100000A\t0003\t0\t0\t100\t00000000\t0\t0\t0',
    'tun0\t00000000\t00000000\t0000\t0\t0\t50\t00000000\t0\t0\t0',
  ].join('\n');

  it('is the lowest-metric default route that is up, in Linux’s routing table', () => {
    expect(defaultAdapterFromLinuxRoutes(table)).toBe('eth0');
  });

  it('is none without a default route', () => {
    expect(defaultAdapterFromLinuxRoutes(table.split('\n').slice(0, 2).join('\n'))).toBeNull();
    expect(defaultAdapterFromLinuxRoutes('')).toBeNull();
  });

  it('maps the address the system routes from back to its adapter', () => {
    expect(adapterOfAddress('203.0.113.7', laptop)).toBe('enp3s0');
    expect(adapterOfAddress('203.0.113.99', laptop)).toBeNull();
  });
});
