import { Form, Link, useLocation, useRouteLoaderData } from "@remix-run/react";
import { useMessages } from "#app/i18n/locale";
import { workspaces } from "#app/i18n/workspaces";
import type { WorkspaceRole } from "#app/workspaces/roles";

export interface WorkspaceMenuData {
  currentId: number;
  role: WorkspaceRole;
  all: { id: number; name: string }[];
}

/** The header's workspace switcher: a plain form, so it works without JavaScript. */
export function WorkspaceSwitch() {
  const t = useMessages(workspaces).switcher;
  const menu = useRouteLoaderData<{ workspaces?: WorkspaceMenuData | null }>("root")?.workspaces;
  const location = useLocation();
  if (!menu) return null;
  const current = menu.all.find((w) => w.id === menu.currentId);
  return (
    <div className="workspace-switch">
      {menu.all.length > 1 ? (
        <Form method="post" action="/workspaces" className="inline-form">
          <input type="hidden" name="next" value={location.pathname.startsWith("/cards/") ? "/cards" : location.pathname + location.search} />
          <label htmlFor="workspace-switch">{t.label}</label>{" "}
          <select id="workspace-switch" name="workspaceId" defaultValue={menu.currentId} key={menu.currentId}>
            {menu.all.map((w) => (
              <option key={w.id} value={w.id}>
                {w.name}
              </option>
            ))}
          </select>{" "}
          <button type="submit" name="intent" value="switch" className="secondary small">
            {t.switch}
          </button>
        </Form>
      ) : (
        <span>
          {t.current} <strong>{current?.name}</strong>
        </span>
      )}{" "}
      <Link to={menu.role === "owner" ? "/workspace" : "/workspaces"}>{t.manage}</Link>
    </div>
  );
}
