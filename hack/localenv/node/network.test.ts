// The guard and the pod network, as rendered (the real-node e2e exercises them on the machine).
import assert from 'node:assert/strict';
import { cniConflist, guardRuleset, nodeNetwork } from './network.ts';

describe('real node network (rendered)', () => {
  const rules = guardRuleset();

  it('drops cluster-range packets on postrouting, after NAT, unless they leave by loopback or our bridge', () => {
    const chain = rules.slice(rules.indexOf('chain postrouting'), rules.indexOf('chain forward'));
    assert.match(chain, /hook postrouting priority 200;/);
    assert.match(chain, new RegExp(`oifname \\{ "lo", "${nodeNetwork.bridge}" \\} accept`));
    assert.match(chain, /ip daddr @cluster4 counter name leaving drop/);
    assert.match(chain, /ip saddr @cluster4 counter name leaving drop/);
    // The accept for our devices comes before the drops.
    assert.ok(chain.indexOf('accept') < chain.indexOf('drop'));
  });

  it('covers the pod supernet, the Service range and KWOK pod addresses', () => {
    for (const r of ['10.244.0.0/16', nodeNetwork.serviceCidr, '10.0.0.0/24'])
      assert.ok(rules.includes(r), `${r} guarded`);
  });

  it('forwards nothing between the bridge and another device, and lets pods reach the host only for DNS and the API door', () => {
    const fwd = rules.slice(rules.indexOf('chain forward'), rules.indexOf('chain input'));
    assert.match(fwd, /iifname "everyclass0" oifname "everyclass0" accept/);
    assert.match(fwd, /iifname "everyclass0" counter name crossing drop/);
    assert.match(fwd, /oifname "everyclass0" counter name crossing drop/);
    const input = rules.slice(rules.indexOf('chain input'));
    const accepts = [...input.matchAll(/dport (\d+) accept/g)].map((m) => m[1]);
    assert.deepEqual(accepts, ['53', '53', String(nodeNetwork.apiDoorPort)]);
    assert.match(
      input,
      new RegExp(`ip daddr ${nodeNetwork.nodeIp} tcp dport ${nodeNetwork.apiDoorPort} accept`),
    );
    assert.match(input, /counter name pod_to_host drop\n/);
  });

  it('gives pods the Service range as their only route (no default route, no masquerade)', () => {
    const conf = cniConflist('/state/ipam') as { plugins: Array<Record<string, unknown>> };
    const bridge = conf.plugins[0] as {
      isDefaultGateway: boolean;
      ipMasq: boolean;
      ipam: { routes: Array<{ dst: string }>; ranges: Array<Array<{ subnet: string; gateway: string }>> };
    };
    assert.equal(bridge.isDefaultGateway, false);
    assert.equal(bridge.ipMasq, false);
    assert.deepEqual(bridge.ipam.routes, [{ dst: nodeNetwork.serviceCidr }]);
    assert.deepEqual(bridge.ipam.ranges, [[{ subnet: nodeNetwork.podCidr, gateway: nodeNetwork.nodeIp }]]);
  });
});
