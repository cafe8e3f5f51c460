import { json, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { FamilyChip, familyStyle } from "#app/components/taxonomy-bits";
import { dbFrom } from "#app/db.server";
import { useLang, useMessages } from "#app/i18n/locale";
import { langFromRequest } from "#app/i18n/locale.server";
import { taxonomyText } from "#app/i18n/taxonomy";
import { getTaxonomy } from "#app/models/taxonomy.server";
import styles from "#app/styles/taxonomy.css";
import { roleList } from "#app/taxonomy/views";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "RoleScope" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const [taxonomy, lang] = await Promise.all([getTaxonomy(dbFrom(context)), langFromRequest(request)]);
  return json({ roles: roleList(taxonomy), title: taxonomyText[lang].roles.pageTitle });
}

export default function Roles() {
  const { roles } = useLoaderData<typeof loader>();
  const lang = useLang();
  const t = useMessages(taxonomyText);
  return (
    <>
      <h1>{t.roles.title}</h1>
      <p className="lead">{t.roles.intro}</p>
      <ul className="cards-grid">
        {roles.map((role) => (
          <li key={role.id} className="panel role-card" style={role.core[0] ? familyStyle(role.core[0].id) : undefined}>
            <h2 id={`role-${role.id}`}>
              <Link to={`/roles/${role.id}`}>{role.label[lang]}</Link>
            </h2>
            <p>{role.summary[lang]}</p>
            <p className="chip-legend">{t.roles.core}</p>
            <ul className="chips">
              {role.core.map((f) => (
                <li key={f.id}>
                  <FamilyChip id={f.id} label={f.label} depth="core" />
                </li>
              ))}
            </ul>
            {role.light.length ? (
              <>
                <p className="chip-legend">{t.roles.light}</p>
                <ul className="chips">
                  {role.light.map((f) => (
                    <li key={f.id}>
                      <FamilyChip id={f.id} label={f.label} depth="light" />
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}
