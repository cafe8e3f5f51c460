import { json, redirect, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { assertSameOrigin } from "#app/auth/same-origin.server";
import { handleBuilderPost } from "#app/cards/builder.server";
import { prefillFromProfile } from "#app/cards/card";
import { builderContext, builderPageData } from "#app/cards/pages.server";
import { BuilderPage } from "#app/components/builder-page";
import { dbFrom } from "#app/db.server";
import { cards } from "#app/i18n/cards";
import { useMessages } from "#app/i18n/locale";
import { createRoleCard } from "#app/models/role-card.server";
import { requireMember } from "#app/workspaces/require-member.server";
import { RECRUITERS, scopeOf } from "#app/workspaces/roles";
import styles from "#app/styles/cards.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "RoleScope" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const db = dbFrom(context);
  await requireMember(request, db, RECRUITERS);
  const { lang, compiled } = await builderContext(request, db);
  const params = new URL(request.url).searchParams;
  const values = prefillFromProfile(compiled.taxonomy, {
    profileId: params.get("profile"),
    dutyIds: (params.get("duties") ?? "").split(",").map((s) => s.trim()).filter(Boolean),
    lang,
  });
  return json({ ...builderPageData(compiled, lang, values), title: cards[lang].meta.new });
}

export async function action({ request, context }: ActionFunctionArgs) {
  assertSameOrigin(request);
  const db = dbFrom(context);
  const scope = scopeOf(await requireMember(request, db, RECRUITERS));
  const { lang, compiled } = await builderContext(request, db);
  return handleBuilderPost(request, compiled, lang, async (content) => {
    const card = await createRoleCard(db, scope, content);
    return redirect(`/cards/${card.id}?saved=1`);
  });
}

export default function NewCard() {
  const data = useLoaderData<typeof loader>();
  const t = useMessages(cards);
  return <BuilderPage data={data} heading={t.builder.newTitle} cancelHref="/cards" />;
}
