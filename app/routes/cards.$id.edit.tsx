import { json, redirect, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { assertSameOrigin } from "~/auth/same-origin.server";
import { handleBuilderPost } from "~/cards/builder.server";
import { toFormValues } from "~/cards/card";
import { builderPageData, cardTitle, loadCardContext } from "~/cards/pages.server";
import { BuilderPage } from "~/components/builder-page";
import { cards } from "~/i18n/cards";
import { useMessages } from "~/i18n/locale";
import { updateRoleCard } from "~/models/role-card.server";
import { RECRUITERS } from "~/workspaces/roles";
import styles from "~/styles/cards.css";

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
