import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { assertSameOrigin } from "#app/auth/same-origin.server";
import { dbFrom } from "#app/db.server";
import { useMessages } from "#app/i18n/locale";
import { langFromRequest } from "#app/i18n/locale.server";
import { workspaces as messages } from "#app/i18n/workspaces";
import { acceptInvite, peekInvite } from "#app/models/invite.server";
import { getUser, requireUser } from "#app/session.server";
import { switchWorkspace } from "#app/workspaces/require-member.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.metaTitle} — RoleScope` : "RoleScope" }, { name: "robots", content: "noindex" }];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const db = dbFrom(context);
  const offer = await peekInvite(db, params.token ?? "");
  const signedIn = !!(await getUser(request, db));
  const metaTitle = messages[await langFromRequest(request)].invite.metaTitle;
  const here = new URL(request.url).pathname;
  const headers = { "Cache-Control": "private, no-store", "Referrer-Policy": "no-referrer" };
  // The same page for used, revoked, expired and made-up links: nothing to learn by guessing.
  if (!offer) return json({ metaTitle, valid: false as const, signedIn, here }, { status: 404, headers });
  return json({ metaTitle, valid: true as const, signedIn, here, workspace: offer.workspace.name, role: offer.role }, { headers });
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  assertSameOrigin(request);
  const db = dbFrom(context);
  const user = await requireUser(request, db);
  const result = await acceptInvite(db, params.token ?? "", user.id);
  if (result.status === "invalid") throw new Response("Not found", { status: 404 });
  return switchWorkspace(request, db, result.workspace.id, "/cards");
}

export default function Invite() {
  const data = useLoaderData<typeof loader>();
  const t = useMessages(messages);
  const next = encodeURIComponent(data.here);
  return (
    <div className="invite-page">
      <h1>{t.invite.title}</h1>
      {data.valid ? (
        <section className="panel">
          <p>{t.invite.body(data.workspace, t.roles[data.role])}</p>
          {data.signedIn ? (
            <Form method="post">
              <button type="submit">{t.invite.join}</button>
            </Form>
          ) : (
            <>
              <p>{t.invite.signInFirst}</p>
              <p>
                <Link className="button primary" to={`/signup?next=${next}`}>
                  {t.invite.signup}
                </Link>{" "}
                <Link className="button" to={`/login?next=${next}`}>
                  {t.invite.login}
                </Link>
              </p>
            </>
          )}
        </section>
      ) : (
        <p className="notice error">{t.invite.invalid}</p>
      )}
    </div>
  );
}
