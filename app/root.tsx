import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import {
  Form,
  Link,
  Links,
  Meta,
  NavLink,
  Outlet,
  Scripts,
  ScrollRestoration,
  isRouteErrorResponse,
  useLocation,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import type { ReactNode } from "react";
import { useNonce } from "./components/nonce";
import { dbFrom } from "./db.server";
import { isDatabaseDown } from "./http/database-down.server";
import { auth } from "./i18n/auth";
import { common } from "./i18n/common";
import { useLang, useMessages } from "./i18n/locale";
import { langFromRequest } from "./i18n/locale.server";
import { getUser } from "./session.server";
import favicon from "./styles/favicon.svg";
import { WorkspaceSwitch } from "./components/workspace-switch";
import { listMemberships } from "./models/workspace.server";
import { currentMembership } from "./workspaces/require-member.server";
import styles from "./styles/app.css";

export const links: LinksFunction = () => [
  { rel: "icon", href: favicon, type: "image/svg+xml" },
  { rel: "stylesheet", href: styles },
];

export const meta: MetaFunction<typeof loader> = ({ data, error }) => {
  const t = common[data?.lang ?? "fr"];
  if (!error) return [{ title: t.appName }];
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return [{ title: `${notFound ? t.notFound.title : t.error.title} — ${t.appName}` }];
};

/**
 * The signed-in user and their workspaces, or nobody while the database is down: the page's
 * own loaders report the outage, in the right language.
 */
async function signedIn(request: Request, context: LoaderFunctionArgs["context"]) {
  const db = dbFrom(context);
  try {
    const user = await getUser(request, db);
    const current = user && (await currentMembership(request, db, user));
    const workspaces =
      user && current ? { currentId: current.workspace.id, role: current.role, all: (await listMemberships(db, user.id)).map((m) => m.workspace) } : null;
    return { user, workspaces };
  } catch (error) {
    if (isDatabaseDown(error)) return { user: null, workspaces: null };
    throw error;
  }
}

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { user, workspaces } = await signedIn(request, context);
  return json({ lang: await langFromRequest(request), user: user && { email: user.email, isAdmin: user.isAdmin }, workspaces });
}

function UserMenu() {
  const t = useMessages(auth).header;
  const user = useRouteLoaderData<typeof loader>("root")?.user;
  const location = useLocation();
  if (!user) {
    const next = location.pathname === "/login" || location.pathname === "/signup" ? "/" : location.pathname + location.search;
    return (
      <Link className="user-menu" to={`/login?next=${encodeURIComponent(next)}`}>
        {t.login}
      </Link>
    );
  }
  return (
    <Form method="post" action="/logout" className="user-menu">
      <span className="user-who">
        {t.signedInAs} <strong>{user.email}</strong>
        {user.isAdmin ? <> <span className="badge">{t.admin}</span></> : null}
      </span>{" "}
      <button type="submit" className="secondary">
        {t.logout}
      </button>{" "}
      <button type="submit" name="scope" value="everywhere" className="secondary">
        {t.logoutEverywhere}
      </button>
    </Form>
  );
}

function LanguageSwitch() {
  const t = useMessages(common);
  const lang = useLang();
  const location = useLocation();
  const next = encodeURIComponent(location.pathname + location.search);
  const other = lang === "fr" ? "en" : "fr";
  return (
    <a className="lang-switch" href={`/lang/${other}?next=${next}`} hrefLang={other} lang={other} aria-label={t.switchLabel}>
      {t.switchTo}
    </a>
  );
}

function Layout({ children }: { children: ReactNode }) {
  const t = useMessages(common);
  const lang = useLang();
  const nonce = useNonce();
  return (
    <html lang={lang}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        <a className="skip-link" href="#main">
          {t.skip}
        </a>
        <header className="site-header">
          <Link to="/" className="brand">
            {t.appName}
            <span className="brand-tagline">{t.tagline}</span>
          </Link>
          <nav aria-label={t.nav.label}>
            <ul>
              <li><NavLink to="/check">{t.nav.check}</NavLink></li>
              <li><NavLink to="/cards">{t.nav.cards}</NavLink></li>
              <li><NavLink to="/compare">{t.nav.compare}</NavLink></li>
              <li><NavLink to="/market">{t.nav.market}</NavLink></li>
              <li><NavLink to="/roles">{t.nav.roles}</NavLink></li>
              <li><NavLink to="/taxonomy">{t.nav.taxonomy}</NavLink></li>
            </ul>
          </nav>
          <LanguageSwitch />
          <WorkspaceSwitch />
          <UserMenu />
        </header>
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">{t.footer}</footer>
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return (
    <Layout>
      <Outlet />
    </Layout>
  );
}

function errorBody(status: number, t: (typeof common)["en"]["error"]): string {
  if (status === 503) return t.dbDown;
  if (status === 429) return t.tooMany;
  if (status === 403) return t.forbidden;
  if (status >= 400 && status < 500) return t.badRequest;
  return t.body;
}

export function ErrorBoundary() {
  const error = useRouteError();
  const t = useMessages(common);
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const notFound = status === 404;
  const title = notFound ? t.notFound.title : t.error.title;
  const body = notFound ? t.notFound.body : errorBody(status, t.error);
  return (
    <Layout>
      <section className="error-page">
        <h1>{title}</h1>
        <p>{body}</p>
        <p>
          <Link to="/">{notFound ? t.notFound.back : t.error.back}</Link>
        </p>
      </section>
    </Layout>
  );
}
