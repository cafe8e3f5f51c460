import { sql } from "kysely";
import type { ChangeChannel } from "#db/changes";
import type { DB } from "#app/db.server";

// A copy of something every request needs and edits rarely change (the taxonomy, the
// compliance rules), kept per database. Edits and seeds notify the channel, and the
// notification drops the copy, so a request asks the database nothing; a database that
// cannot notify (or whose listening connection dropped) is asked for the version each time.

interface Entry<T> {
  /** True while a LISTEN connection reports changes: only then is the copy trusted without asking. */
  listening: Promise<boolean>;
  version?: string;
  value?: Promise<T>;
}

export interface CachedUntilChanged<T> {
  get(db: DB): Promise<T>;
  /** Drops this process's copy now; other processes hear of the change through the notification. */
  forget(db: DB): void;
}

export function cachedUntilChanged<T>(
  channel: ChangeChannel,
  currentVersion: (db: DB) => Promise<string>,
  read: (db: DB, version: string) => Promise<T>,
): CachedUntilChanged<T> {
  const cache = new WeakMap<DB, Entry<T>>();

  function forget(db: DB): void {
    const entry = cache.get(db);
    if (entry) entry.value = entry.version = undefined;
  }

  function subscribe(db: DB): Entry<T> {
    const entry: Entry<T> = { listening: Promise.resolve(false) };
    if (db.listen) {
      const lost = () => {
        if (cache.get(db) === entry) cache.delete(db);
      };
      entry.listening = db.listen(channel, () => forget(db), lost).then(
        () => true,
        () => (lost(), false),
      );
    }
    cache.set(db, entry);
    return entry;
  }

  function remember(entry: Entry<T>, value: Promise<T>, version?: string): Promise<T> {
    entry.value = value;
    entry.version = version;
    value.catch(() => {
      if (entry.value === value) entry.value = entry.version = undefined;
    });
    return value;
  }

  async function get(db: DB): Promise<T> {
    const entry = cache.get(db) ?? subscribe(db);
    if ((await entry.listening) && cache.get(db) === entry) {
      return entry.value ?? remember(entry, currentVersion(db).then((version) => read(db, version)));
    }
    const version = await currentVersion(db);
    if (entry.value && entry.version === version) return entry.value;
    return remember(entry, read(db, version), version);
  }

  return { get, forget };
}

/**
 * What a seed wrote and the edits since, as a version: the seed's own version and the id of
 * the last revision, so that any edit makes a new version.
 */
export async function seededVersion(db: DB, seed: string, revisions: "taxonomy_revisions" | "compliance_revisions"): Promise<string> {
  const row = await db
    .selectNoFrom((eb) => [
      eb.selectFrom("seed_state").select("version").where("name", "=", seed).as("seed"),
      eb.selectFrom(revisions).select(sql<number>`coalesce(max(id), 0)`.as("m")).as("rev"),
    ])
    .executeTakeFirstOrThrow();
  return `${row.seed ?? "empty"}.r${row.rev ?? 0}`;
}

/**
 * `compile` run once per value. A cache above hands back the same object until the version
 * changes, so this compiles once per version, and an old version's result is collected with it.
 */
export function oncePerValue<T extends object, R>(compile: (value: T) => R): (value: T) => R {
  const results = new WeakMap<T, R>();
  return (value) => {
    let result = results.get(value);
    if (result === undefined) {
      result = compile(value);
      results.set(value, result);
    }
    return result;
  };
}
