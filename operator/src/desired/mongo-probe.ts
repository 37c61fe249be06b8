// MongoDB's readiness probe: one command true for the official mongo image and for our local
// stand-in (FerretDB on Debian bookworm, which has no mongosh). It speaks the wire protocol from
// bash alone (the /dev/tcp redirection and the printf and read builtins; no coreutils): sends
// an OP_MSG `ping` (a command MongoDB and FerretDB answer without authentication) and is true
// only when the reply is an OP_MSG answering that request whose document says ok: 1. An open
// port, an error reply, another protocol or silence (read times out) are all false. Pure.
import { mongoPort } from './names.ts';

const opMsg = 2013;
const requestId = 1;

const int32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeInt32LE(n);
  return b;
};
const cstring = (s: string) => Buffer.from(`${s}\0`, 'latin1');

/** The request: header, flagBits 0, one body section (kind 0) holding {ping: 1, $db: "admin"}. */
function pingMessage(): Buffer {
  const elements = Buffer.concat([
    Buffer.from([0x10]), // int32
    cstring('ping'),
    int32(1),
    Buffer.from([0x02]), // string
    cstring('$db'),
    int32('admin'.length + 1),
    cstring('admin'),
  ]);
  const doc = Buffer.concat([int32(4 + elements.length + 1), elements, Buffer.from([0])]);
  const body = Buffer.concat([int32(0), Buffer.from([0]), doc]);
  return Buffer.concat([int32(16 + body.length), int32(requestId), int32(0), int32(opMsg), body]);
}

const hex = (b: Buffer) => b.toString('hex');

/**
 * The script; $1 host, $2 port. The reply is read byte by byte into hex (a NUL byte reads as
 * empty under `read -d ''`), its header checked (responseTo, opCode, section kind 0), then the
 * document's top-level elements are walked to `ok`, which must be 1 (double, int32 or int64).
 */
// biome-ignore-start lint/suspicious/noTemplateCurlyInString: the ${…} are bash's parameter expansions
export const mongoPingScript = [
  'export LC_ALL=C',
  'exec 3<>"/dev/tcp/$1/$2" || exit 1',
  `printf '${[...pingMessage()].map((b) => `\\x${b.toString(16).padStart(2, '0')}`).join('')}' >&3`,
  "hex=''",
  'take() {',
  '  local n=$1 c h',
  '  while ((n-- > 0)); do',
  "    IFS= read -r -d '' -n 1 -t 3 -u 3 c || return 1",
  '    if [[ -z $c ]]; then hex+=00; else printf -v h %02x "\'$c"; hex+=${h: -2}; fi',
  '  done',
  '}',
  'le32() { v=$((16#${hex:$1+6:2}${hex:$1+4:2}${hex:$1+2:2}${hex:$1:2})); }',
  'take 4 || exit 1',
  'le32 0',
  '((v >= 26 && v <= 65536)) || exit 1',
  'take $((v - 4)) || exit 1',
  `[[ \${hex:16:8} == ${hex(int32(requestId))} && \${hex:24:8} == ${hex(int32(opMsg))} && \${hex:40:2} == 00 ]] || exit 1`,
  'le32 42',
  '((p = 50, end = 42 + 2 * v - 2))',
  'while ((p < end)); do',
  "  t=${hex:p:2} name=''",
  '  ((p += 2))',
  '  while [[ ${hex:p:2} != 00 ]]; do name+=${hex:p:2}; ((p += 2)); ((p < end)) || exit 1; done',
  '  ((p += 2))',
  `  if [[ $name == ${hex(Buffer.from('ok'))} ]]; then`,
  '    case $t in',
  '      01) [[ ${hex:p:16} == 000000000000f03f ]]; exit ;;',
  '      10) [[ ${hex:p:8} == 01000000 ]]; exit ;;',
  '      12) [[ ${hex:p:16} == 0100000000000000 ]]; exit ;;',
  '      *) exit 1 ;;',
  '    esac',
  '  fi',
  '  case $t in',
  '    01 | 09 | 11 | 12) ((p += 16)) ;;',
  '    10) ((p += 8)) ;;',
  '    13) ((p += 32)) ;;',
  '    07) ((p += 24)) ;;',
  '    08) ((p += 2)) ;;',
  '    06 | 0a | 7f | ff) ;;',
  '    02 | 0d | 0e) le32 $p; ((p += 8 + 2 * v)) ;;',
  '    03 | 04) le32 $p; ((p += 2 * v)) ;;',
  '    05) le32 $p; ((p += 10 + 2 * v)) ;;',
  '    *) exit 1 ;;',
  '  esac',
  'done',
  'exit 1',
].join('\n');
// biome-ignore-end lint/suspicious/noTemplateCurlyInString: the ${…} are bash's parameter expansions

/** The exec command of the readiness probe: the script asks host:port (the pod itself). */
export function mongoReadinessCommand(host = '127.0.0.1', port = mongoPort): string[] {
  return ['bash', '-c', mongoPingScript, 'mongo-ready', host, String(port)];
}
