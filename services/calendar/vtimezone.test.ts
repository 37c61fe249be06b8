import assert from 'node:assert/strict';
import { offsetAt, vtimezone } from './vtimezone.ts';

/** Observances of a VTIMEZONE block: onset (local, as written), offsets in minutes. */
function observances(block: string) {
  const minutes = (v: string) =>
    (v[0] === '-' ? -1 : 1) * (Number(v.slice(1, 3)) * 60 + Number(v.slice(3, 5)));
  return [...block.matchAll(/BEGIN:(STANDARD|DAYLIGHT)\r\n([\s\S]*?)END:\1/g)].map((m) => {
    const field = (name: string) => new RegExp(`^${name}:(.*)$`, 'm').exec(m[2] ?? '')?.[1]?.trim() ?? '';
    const onset = field('DTSTART');
    const from = minutes(field('TZOFFSETFROM'));
    const at =
      Date.UTC(
        Number(onset.slice(0, 4)),
        Number(onset.slice(4, 6)) - 1,
        Number(onset.slice(6, 8)),
        Number(onset.slice(9, 11)),
        Number(onset.slice(11, 13)),
      ) -
      from * 60_000;
    return { kind: m[1], at, from, to: minutes(field('TZOFFSETTO')), name: field('TZNAME') };
  });
}

/** The offset a client reads from the block at instant t: the latest onset at or before t. */
function offsetFromBlock(block: string, t: number): number | undefined {
  const obs = observances(block).sort((a, b) => a.at - b.at);
  return obs.filter((o) => o.at <= t).at(-1)?.to;
}

describe('VTIMEZONE of any zone', () => {
  const zones = [
    'Asia/Shanghai',
    'Europe/Berlin',
    'America/New_York',
    'Australia/Sydney', // daylight saving across the new year
    'Asia/Kolkata', // +05:30
    'America/St_Johns', // -03:30 / -02:30
    'UTC',
  ];
  for (const zone of zones) {
    it(`${zone}: the block gives the zone's real offset at every hour of 2026 and 2027`, () => {
      const block = vtimezone(zone, 2026, 2027);
      assert.match(block, new RegExp(`^BEGIN:VTIMEZONE\r\nTZID:${zone}\r\n`));
      assert.ok(block.endsWith('END:VTIMEZONE'));
      for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2028, 0, 1); t += 3_600_000)
        assert.equal(offsetFromBlock(block, t), offsetAt(zone, t), `${zone} at ${new Date(t).toISOString()}`);
    });
  }

  it('Europe/Berlin: summer time from the last Sunday of March 02:00, back on the last Sunday of October 03:00', () => {
    const obs = observances(vtimezone('Europe/Berlin', 2026, 2026)).filter(
      (o) => o.at >= Date.UTC(2026, 0, 1),
    );
    assert.deepEqual(
      obs.map((o) => [o.kind, new Date(o.at).toISOString(), o.from, o.to]),
      [
        ['DAYLIGHT', '2026-03-29T01:00:00.000Z', 60, 120],
        ['STANDARD', '2026-10-25T01:00:00.000Z', 120, 60],
      ],
    );
    assert.match(vtimezone('Europe/Berlin', 2026, 2026), /DTSTART:20260329T020000/);
  });

  it('a zone without changes is one STANDARD observance', () => {
    assert.equal(
      vtimezone('Asia/Shanghai', 2026, 2027),
      [
        'BEGIN:VTIMEZONE',
        'TZID:Asia/Shanghai',
        'X-LIC-LOCATION:Asia/Shanghai',
        'BEGIN:STANDARD',
        'TZOFFSETFROM:+0800',
        'TZOFFSETTO:+0800',
        'DTSTART:19700101T000000',
        'END:STANDARD',
        'END:VTIMEZONE',
      ].join('\r\n'),
    );
  });

  it('names observances only with real abbreviations', () => {
    const ny = observances(vtimezone('America/New_York', 2026, 2026)).map((o) => o.name);
    assert.ok(ny.includes('EDT') && ny.includes('EST'), ny.join());
  });
});
