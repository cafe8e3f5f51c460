import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import type { DB } from "#app/db.server";
import { rateLimitStore } from "#app/models/rate-limit.server";

// Counters live in PostgreSQL (table rate_limits, made by a migration) so that every
// process behind a load balancer counts the same requests.

function envNumber(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

/** Free wrong passwords before the delays start, per account and per address. */
export const FREE_LOGIN_FAILURES = 5;
const FREE_IP_LOGIN_FAILURES = 30;
const FIRST_DELAY_S = 30;
const MAX_DELAY_S = 60 * 60;

const API_CALLS_PER_MINUTE = () => envNumber("RATE_LIMIT_API_PER_MINUTE", 120);

function limitersFor(db: DB) {
  const make = (keyPrefix: string, points: number, duration: number) =>
    new RateLimiterPostgres({ storeClient: rateLimitStore(db), storeType: "pool", tableName: "rate_limits", tableCreated: true, keyPrefix, points, duration });
  return {
    loginFailures: make("login_fail", 1_000_000, 24 * 60 * 60),
    // One point, blocked with block() for as long as the growing delay says.
    loginBlock: make("login_block", 1, 1),
    signupByIp: make("signup_ip", envNumber("RATE_LIMIT_SIGNUPS_PER_HOUR", 10), 60 * 60),
    signupByAccount: make("signup_account", 5, 60 * 60),
    savesByIp: make("saves_ip", envNumber("RATE_LIMIT_SAVES_PER_HOUR", 60), 60 * 60),
    apiByIp: make("api_ip", API_CALLS_PER_MINUTE(), 60),
  };
}

type Limiters = ReturnType<typeof limitersFor>;
const cache = new WeakMap<DB, Limiters>();

function limiters(db: DB): Limiters {
  let found = cache.get(db);
  if (!found) {
    found = limitersFor(db);
    cache.set(db, found);
  }
  return found;
}

/** Refused: wait this many seconds (for Retry-After) before trying again. */
export class RateLimited {
  constructor(readonly retryAfterSeconds: number) {}
}

const secondsOf = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

/** Takes one point from `key`; a RateLimited when there was none left. */
async function take(limiter: RateLimiterAbstract, key: string): Promise<RateLimited | null> {
  try {
    await limiter.consume(key);
    return null;
  } catch (error) {
    if (error instanceof RateLimiterRes) return new RateLimited(secondsOf(error.msBeforeNext));
    throw error;
  }
}

export const takeSave = (db: DB, ip: string) => take(limiters(db).savesByIp, ip);
/**
 * The API quota, one point per call. A process that owns its database (PGlite, which no
 * other process may open) counts in its memory: the same counts without a database write
 * per call. Processes sharing a PostgreSQL count there, together.
 */
export function apiCallLimiter(db: DB, processOwnsDatabase: boolean): (ip: string) => Promise<RateLimited | null> {
  const limiter = processOwnsDatabase ? new RateLimiterMemory({ keyPrefix: "api_ip", points: API_CALLS_PER_MINUTE(), duration: 60 }) : limiters(db).apiByIp;
  return (ip) => take(limiter, ip);
}

export async function takeSignup(db: DB, ip: string, email: string): Promise<RateLimited | null> {
  const { signupByIp, signupByAccount } = limiters(db);
  return (await take(signupByIp, ip)) ?? (await take(signupByAccount, email.trim().toLowerCase()));
}

const loginKeys = (ip: string, email: string) => [`account:${email.trim().toLowerCase()}`, `ip:${ip}`];

/** Whether a login may even be tried now: an account or address still in its delay is refused, right password or not. */
export async function loginWait(db: DB, ip: string, email: string): Promise<RateLimited | null> {
  const { loginBlock } = limiters(db);
  let wait = 0;
  for (const key of loginKeys(ip, email)) {
    const state = await loginBlock.get(key);
    if (state && state.consumedPoints > 1) wait = Math.max(wait, state.msBeforeNext);
  }
  return wait > 0 ? new RateLimited(secondsOf(wait)) : null;
}

/** Delay after the n-th failure past the free ones: 30 s, 1 min, 2 min… up to an hour. */
export function loginDelaySeconds(failures: number, free: number): number {
  if (failures < free) return 0;
  return Math.min(MAX_DELAY_S, FIRST_DELAY_S * 2 ** (failures - free));
}

export async function recordLoginFailure(db: DB, ip: string, email: string): Promise<void> {
  const { loginFailures, loginBlock } = limiters(db);
  const [account, address] = loginKeys(ip, email) as [string, string];
  for (const [key, free] of [[account, FREE_LOGIN_FAILURES], [address, FREE_IP_LOGIN_FAILURES]] as const) {
    const { consumedPoints } = await loginFailures.penalty(key);
    const delay = loginDelaySeconds(consumedPoints, free);
    if (delay > 0) await loginBlock.block(key, delay);
  }
}

/** A right password clears the account's count (not the address's: one good account must not hide a guessing run). */
export async function recordLoginSuccess(db: DB, email: string): Promise<void> {
  const [account] = loginKeys("", email) as [string];
  await limiters(db).loginFailures.delete(account);
}
