import { json, redirect, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { assertSameOrigin } from "~/auth/same-origin.server";
import { handleBuilderPost, type BuilderActionData } from "~/cards/builder.server";
import { toFormValues } from "~/cards/card";
import { assertCanEdit, builderPageData, cardTitle, loadCard } from "~/cards/pages.server";
import { CardBuilder } from "~/components/card-builder";
import { dbFrom } from "~/db.server";
import { cards } from "~/i18n/cards";
import { useMessages } from "~/i18n/locale";
import { langFromRequest } from "~/i18n/locale.server";
import { getCompiledTaxonomy } from "~/models/analyzer.server";
import { updateRoleCard } from "~/models/role-card.server";
import { requireUser } from "~/session.server";
import styles from "~/styles/cards.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "RoleScope" }];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const db = dbFrom(context);
  const user = await requireUser(request, db);
  const card = await loadCard(db, params.id);
  assertCanEdit(user, card);
  const lang = await langFromRequest(request);
  const compiled = await getCompiledTaxonomy(db);
  return json({
    ...builderPageData(compiled, lang, toFormValues(card.content, lang)),
    id: card.id,
    cardTitle: cardTitle(card, lang),
    title: cards[lang].meta.edit,
  });
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  assertSameOrigin(request);
  const db = dbFrom(context);
  const user = await requireUser(request, db);
  const card = await loadCard(db, params.id);
  assertCanEdit(user, card);
  const lang = await langFromRequest(request);
  const compiled = await getCompiledTaxonomy(db);
  return handleBuilderPost(request, compiled, lang, async (content) => {
    await updateRoleCard(db, { id: card.id, authorId: user.id, content });
    return redirect(`/cards/${card.id}?saved=1`);
  });
}

export default function EditCard() {
  const data = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>() as BuilderActionData | undefined;
  const t = useMessages(cards);
  return (
    <CardBuilder
      key={answer?.nonce ?? "initial"}
      heading={t.builder.editTitle(data.cardTitle)}
      values={answer?.values ?? data.values}
      errors={answer?.errors ?? {}}
      guard={answer?.guard ?? data.guard}
      query={answer?.query ?? ""}
      catalog={data.catalog}
      labels={data.labels}
      profiles={data.profiles}
      cancelHref={`/cards/${data.id}`}
    />
  );
}
