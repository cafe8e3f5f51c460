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
import { dbFrom } from "./db.server";
import { auth } from "./i18n/auth";
import { common } from "./i18n/common";
import { useLang, useMessages } from "./i18n/locale";
import { langFromRequest } from "./i18n/locale.server";
import { getUser } from "./session.server";
import styles from "./styles/app.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export const meta: MetaFunction = () => [{ title: "RoleScope" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await getUser(request, dbFrom(context));
  return json({ lang: await langFromRequest(request), user: user && { email: user.email, isAdmin: user.isAdmin } });
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
      <span>
        {t.signedInAs} <strong>{user.email}</strong>
        {user.isAdmin ? <> <span className="badge">{t.admin}</span></> : null}
      </span>{" "}
      <button type="submit" className="secondary">
        {t.logout}
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
          <UserMenu />
        </header>
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">{t.footer}</footer>
        <ScrollRestoration />
        <Scripts />
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

export function ErrorBoundary() {
  const error = useRouteError();
  const t = useMessages(common);
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  const dbDown = isRouteErrorResponse(error) && error.status === 503;
  const title = notFound ? t.notFound.title : t.error.title;
  const body = notFound ? t.notFound.body : dbDown ? t.error.dbDown : t.error.body;
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
