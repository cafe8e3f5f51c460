// Shapes the taxonomy into what each page shows, so loaders stay one call and pages get
// only the data they render.
import type { Localized, RoleFamily, RoleProfile, Taxonomy } from "#app/analysis/taxonomy";
import { neighbouringProfiles } from "./profiles";

export type FamilyRef = { id: string; label: Localized };

function familyRefs(taxonomy: Taxonomy): Map<string, FamilyRef> {
  return new Map(taxonomy.families.map((f) => [f.id, { id: f.id, label: f.label }]));
}

function refs(ids: string[], byId: Map<string, FamilyRef>): FamilyRef[] {
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export function roleList(taxonomy: Taxonomy) {
  const byId = familyRefs(taxonomy);
  return taxonomy.profiles.map((p) => ({
    id: p.id,
    label: p.label,
    summary: p.summary,
    core: refs(p.core, byId),
    light: refs(p.light, byId),
  }));
}

export function roleDetail(taxonomy: Taxonomy, id: string) {
  const profile = taxonomy.profiles.find((p) => p.id === id);
  if (!profile) return null;
  const byId = familyRefs(taxonomy);
  const families = (ids: string[]) =>
    ids.flatMap((fid) => {
      const f = taxonomy.families.find((x) => x.id === fid);
      return f ? [{ id: f.id, label: f.label, definition: f.definition }] : [];
    });
  return {
    profile: { ...profile, core: refs(profile.core, byId), light: refs(profile.light, byId) },
    coreFamilies: families(profile.core),
    lightFamilies: families(profile.light),
    neighbours: neighbouringProfiles(profile, taxonomy.profiles).map((n) => ({
      id: n.profile.id,
      label: n.profile.label,
      shared: refs(n.shared, byId),
    })),
  };
}

export function familyList(taxonomy: Taxonomy) {
  return taxonomy.families.map((f) => ({ id: f.id, label: f.label, definition: f.definition, entryCount: f.entries.length }));
}

function profileRefs(profiles: RoleProfile[], familyId: string, depth: "core" | "light") {
  return profiles.filter((p) => p[depth].includes(familyId)).map((p) => ({ id: p.id, label: p.label }));
}

export function familyDetail(taxonomy: Taxonomy, id: string): { family: RoleFamily; ownedBy: FamilyRef[]; absorbedBy: FamilyRef[] } | null {
  const family = taxonomy.families.find((f) => f.id === id);
  if (!family) return null;
  return {
    family,
    ownedBy: profileRefs(taxonomy.profiles, id, "core"),
    absorbedBy: profileRefs(taxonomy.profiles, id, "light"),
  };
}

/** The public JSON of GET /api/taxonomy. */
export function taxonomyJson(taxonomy: Taxonomy) {
  return {
    version: taxonomy.version,
    families: taxonomy.families.map((f) => ({
      id: f.id,
      label: f.label,
      definition: f.definition,
      boundaries: f.boundaries,
      entries: f.entries.map((e) => ({
        id: e.id,
        kind: e.kind,
        depth: e.depth,
        label: e.label,
        synonyms: e.synonyms,
        escoUri: e.escoUri,
      })),
    })),
    profiles: taxonomy.profiles.map((p) => ({
      id: p.id,
      label: p.label,
      core: p.core,
      light: p.light,
      escoUri: p.escoUri,
      titles: p.titles,
      summary: p.summary,
    })),
  };
}
