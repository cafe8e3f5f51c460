import { useActionData } from "@remix-run/react";
import type { BuilderActionData } from "#app/cards/builder.server";
import { CardBuilder, type CardBuilderProps } from "./card-builder/card-builder";

type BuilderPageProps = Pick<CardBuilderProps, "heading" | "cancelHref"> & {
  data: Pick<CardBuilderProps, "values" | "guard" | "catalog" | "labels" | "profiles">;
};

/** The new and edit routes: the loader's card until the action answers, then the answer's. */
export function BuilderPage({ data, heading, cancelHref }: BuilderPageProps) {
  const answer = useActionData() as BuilderActionData | undefined;
  return (
    <CardBuilder
      key={answer?.nonce ?? "initial"}
      heading={heading}
      values={answer?.values ?? data.values}
      errors={answer?.errors ?? {}}
      guard={answer?.guard ?? data.guard}
      query={answer?.query ?? ""}
      catalog={data.catalog}
      labels={data.labels}
      profiles={data.profiles}
      cancelHref={cancelHref}
    />
  );
}
