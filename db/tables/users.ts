import type { ColumnType, Generated } from "kysely";

export interface UserTable {
  id: Generated<number>;
  /** Stored lower-cased so that uniqueness ignores case. */
  email: string;
  password_hash: string;
  is_admin: Generated<boolean>;
  created_at: ColumnType<Date, Date | string | undefined, never>;
}

/** Small key/value store for server settings that must survive restarts (the session secret). */
export interface AppSettingTable {
  key: string;
  value: string;
}

export interface UsersTables {
  users: UserTable;
  app_settings: AppSettingTable;
}
