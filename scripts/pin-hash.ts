/**
 * `npm run pin:hash -- <passcode>` (or `npm run pin:hash` and type it): prints the `operatorPinHash`
 * line for public/content/kiosk.json. Only the salted PBKDF2 hash is stored; the passcode is not.
 */
import { createInterface } from 'node:readline/promises';
import { hashPasscode, PASSCODE_PATTERN } from '../src/lib/pinHash.ts';

async function readPasscode(): Promise<string> {
  const fromArgs = process.argv[2];
  if (fromArgs !== undefined) return fromArgs;
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  const answer = await rl.question('Operator passcode (4–16 digits, 10+ recommended): ');
  rl.close();
  return answer.trim();
}

const passcode = await readPasscode();
if (!PASSCODE_PATTERN.test(passcode)) {
  console.error('The passcode must be 4 to 16 digits (the operator page has a digit pad).');
  process.exit(1);
}
if (passcode.length < 10)
  console.error(
    'Note: the hash in kiosk.json can be read by anyone, and a short PIN can be guessed offline; use 10+ digits on a public network.',
  );
console.log(`"operatorPinHash": "${await hashPasscode(passcode)}"`);
