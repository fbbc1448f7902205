/**
 * Ticket ids: the prefix the CAS specification asks for (`ST-`, `PT-`, `PGT-`,
 * `PGTIOU-`, `LT-`) and 28 random characters from {A-Z, a-z, 0-9} (about 166 bits,
 * from the system's CSPRNG). A service ticket stays within the 32 characters every CAS
 * client must accept (spec 3.1.1).
 */
import { randomInt } from 'node:crypto';

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export function ticketId(prefix: 'ST' | 'PT' | 'PGT' | 'PGTIOU' | 'LT', length = 28): string {
  let id = `${prefix}-`;
  for (let i = 0; i < length; i++) id += alphabet[randomInt(alphabet.length)];
  return id;
}
