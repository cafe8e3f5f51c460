import { json, redirect, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { assertSameOrigin } from "~/auth/same-origin.server";
import { handleBuilderPost } from "~/cards/builder.server";
import { prefillFromAnalysis, prefillFromProfile } from "~/cards/card";
import { builderContext, builderPageData } from "~/cards/pages.server";
import { BuilderPage } from "~/components/builder-page";
import { dbFrom } from "~/db.server";
import { cards } from "~/i18n/cards";
import { useMessages } from "~/i18n/locale";
import { findAnalysis, StoredAnalysisJson } from "~/models/analysis.server";
import { createRoleCard } from "~/models/role-card.server";
import { requireMember } from "~/workspaces/require-member.server";
import { RECRUITERS, scopeOf } from "~/workspaces/roles";
import styles from "~/styles/cards.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "RoleScope" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const db = dbFrom(context);
  const member = await requireMember(request, db, RECRUITERS);
  const { lang, compiled } = await builderContext(request, db);
  const params = new URL(request.url).searchParams;
  const from = params.get("from");
  const role = params.get("role");
  const analysis = from ? await findAnalysis(db, StoredAnalysisJson, from, member.workspace.id) : null;
  const values = analysis
    ? prefillFromAnalysis(compiled.taxonomy, analysis.result, role, lang)
    : prefillFromProfile(compiled.taxonomy, {
        profileId: params.get("profile") ?? role,
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
