/** Password hashes with scrypt (Node's own crypto): `scrypt$N$r$p$salt$hash`, base64. */
import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const scrypt = (password: string, salt: Buffer, keylen: number, options: ScryptOptions) =>
  new Promise<Buffer>((resolve, reject) =>
    scryptCallback(password, salt, keylen, options, (error, key) => (error ? reject(error) : resolve(key))),
  );

const N = 16384;
const r = 8;
const p = 1;
const KEY_LENGTH = 32;

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, KEY_LENGTH, { N, r, p });
  return `scrypt$${N}$${r}$${p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

/**
 * Why a stored hash's cost is refused, or null. A hash chooses its own scrypt cost, so
 * an imported `N=16384, r=8, p=64` would cost seconds per login attempt: at most four
 * times our own work, N a power of two, and a 32-byte key or so.
 */
export function scryptCostProblem(stored: string): string | null {
  const [, n, rr, pp, , hash] = stored.split('$');
  const [costN, costR, costP] = [Number(n), Number(rr), Number(pp)];
  const powerOfTwo = Number.isInteger(costN) && costN >= 1024 && (costN & (costN - 1)) === 0;
  if (!powerOfTwo || !(costR >= 1 && costR <= 16) || !(costP >= 1 && costP <= 4) || costN * costR * costP > N * r * 4) {
    return `coût scrypt hors limites (N puissance de 2, N×r×p ≤ ${N * r * 4})`;
  }
  if (Buffer.from(hash ?? '', 'base64').length > 64) return 'empreinte trop longue (64 octets au plus)';
  return null;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, rr, pp, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  if (scryptCostProblem(stored)) return false; // refused, never computed
  const expected = Buffer.from(hash, 'base64');
  try {
    const key = await scrypt(password, Buffer.from(salt, 'base64'), expected.length, {
      N: Number(n),
      r: Number(rr),
      p: Number(pp),
    });
    return timingSafeEqual(key, expected);
  } catch {
    return false; // a damaged hash refuses the login instead of failing the request
  }
}

/**
 * A hash to check against when the login matches no account, while the password gate has
 * not yet timed enough real checks to imitate one (auth/password-gate.ts `imitate`).
 */
export const decoyHash = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';
