import { json, redirect, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { assertSameOrigin } from "#app/auth/same-origin.server";
import { handleBuilderPost } from "#app/cards/builder.server";
import { toFormValues } from "#app/cards/card";
import { builderPageData, cardTitle, loadCardContext } from "#app/cards/pages.server";
import { BuilderPage } from "#app/components/builder-page";
import { cards } from "#app/i18n/cards";
import { useMessages } from "#app/i18n/locale";
import { updateRoleCard } from "#app/models/role-card.server";
import { RECRUITERS } from "#app/workspaces/roles";
import styles from "#app/styles/cards.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "RoleScope" }];

export async function loader(args: LoaderFunctionArgs) {
  const { card, lang, compiled } = await loadCardContext(args, RECRUITERS);
  return json({
    ...builderPageData(compiled, lang, toFormValues(card.content, lang)),
    id: card.id,
    cardTitle: cardTitle(card, lang),
    title: cards[lang].meta.edit,
  });
}

export async function action(args: ActionFunctionArgs) {
  assertSameOrigin(args.request);
  const { db, scope, card, lang, compiled } = await loadCardContext(args, RECRUITERS);
  return handleBuilderPost(args.request, compiled, lang, async (content) => {
    await updateRoleCard(db, scope, { id: card.id, content });
    return redirect(`/cards/${card.id}?saved=1`);
  });
}

export default function EditCard() {
  const data = useLoaderData<typeof loader>();
  const t = useMessages(cards);
  return <BuilderPage data={data} heading={t.builder.editTitle(data.cardTitle)} cancelHref={`/cards/${data.id}`} />;
}
