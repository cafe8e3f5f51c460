import { z } from "zod";

// Issue messages are keys of `auth.errors` (app/i18n/auth.ts), translated by the route.
export type AuthErrorKey = "emailRequired" | "emailInvalid" | "passwordRequired" | "passwordShort" | "passwordLong" | "passwordMismatch";

export const PASSWORD_MIN = 10;
// scrypt hashes anything, but an unbounded field is a cheap way to make the server work hard.
export const PASSWORD_MAX = 200;

const Email = z
  .string()
  .trim()
  .min(1, { error: "emailRequired" })
  .max(254, { error: "emailInvalid" })
  .pipe(z.email({ error: "emailInvalid" }))
  .transform((e) => e.toLowerCase());

export const LoginSchema = z.object({
  email: Email,
  password: z.string().min(1, { error: "passwordRequired" }).max(PASSWORD_MAX, { error: "passwordLong" }),
});

export const SignupSchema = z
  .object({
    email: Email,
    password: z
      .string()
      .min(1, { error: "passwordRequired" })
      .min(PASSWORD_MIN, { error: "passwordShort" })
      .max(PASSWORD_MAX, { error: "passwordLong" }),
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, { error: "passwordMismatch", path: ["confirm"] });

/** The CLI's input: same rules as the signup form. */
export const NewAccountSchema = z.object({
  email: Email,
  password: z.string().min(PASSWORD_MIN, { error: "passwordShort" }).max(PASSWORD_MAX, { error: "passwordLong" }),
});
