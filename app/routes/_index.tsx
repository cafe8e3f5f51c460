import { Link } from "@remix-run/react";
import type { MetaFunction } from "@remix-run/node";
import { common } from "#app/i18n/common";
import { useMessages } from "#app/i18n/locale";

export const meta: MetaFunction = () => [{ title: "RoleScope" }];

export default function Home() {
  const t = useMessages(common);
  return (
    <div className="home">
      <section className="hero">
        <h1>{t.home.title}</h1>
        {t.home.intro.map((p) => (
          <p key={p} className="lead">
            {p}
          </p>
        ))}
        <p>
          <Link className="button primary" to="/check">
            {t.home.cta.check}
          </Link>{" "}
          <Link className="button" to="/roles">
            {t.home.cta.roles}
          </Link>
        </p>
      </section>
      <ul className="cards-grid">
        {t.home.forWhom.map((item) => (
          <li key={item.href} className="panel">
            <h2>{item.who}</h2>
            <p>{item.what}</p>
            <Link to={item.href}>{item.cta} →</Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
