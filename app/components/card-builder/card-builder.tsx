import { zodResolver } from "@hookform/resolvers/zod";
import { Form, Link, useNavigation, useSubmit } from "@remix-run/react";
import { useState } from "react";
import { useFieldArray, useForm, type FieldErrors, type Resolver } from "react-hook-form";
import { sharesTotal, type CardFormValues } from "#app/cards/card";
import { firstErrorPath, RoleCardSchema, type CardErrorKey } from "#app/cards/card-schema";
import type { CatalogGroup } from "#app/cards/catalog";
import type { GuardView } from "#app/cards/scope-guard";
import { cards } from "#app/i18n/cards";
import { useMessages } from "#app/i18n/locale";
import { ConditionsSection } from "./conditions-section";
import { DutiesSection } from "./duties-section";
import { DutyPicker } from "./duty-picker";
import { BuilderErrorSummary } from "./error-summary";
import type { FieldKit } from "./fields";
import { GuardSide } from "./guard-side";
import { IdentitySection } from "./identity-section";
import { RequirementsSection } from "./requirements-section";
import { TeamSection } from "./team-section";
import { flatten, focusPath, useBuilderErrors } from "./use-builder-errors";
import { useLiveGuard } from "./use-live-guard";

export interface CardBuilderProps {
  heading: string;
  values: CardFormValues;
  errors: Record<string, CardErrorKey>;
  guard: GuardView;
  query: string;
  catalog: CatalogGroup[];
  labels: Record<string, { label: string; familyId: string; depth: string }>;
  profiles: { id: string; label: string }[];
  cancelHref: string;
}

const resolver = zodResolver(RoleCardSchema as never) as unknown as Resolver<CardFormValues>;

/**
 * The role card form. One server-rendered form whose buttons are intents the server
 * answers (add, remove, spread, search, check, save), so it works without JavaScript;
 * with it, react-hook-form validates against the same schema and edits happen in place.
 */
export function CardBuilder(props: CardBuilderProps) {
  const t = useMessages(cards);
  const submit = useSubmit();
  const navigation = useNavigation();
  const [clientChecked, setClientChecked] = useState(false);
  const { register, control, formState, watch, handleSubmit, setValue, getValues } = useForm<CardFormValues>({
    defaultValues: props.values,
    resolver,
    mode: "onSubmit",
    reValidateMode: "onChange",
    shouldFocusError: false,
  });
  const { fields, append, remove, replace } = useFieldArray({ control, name: "duties" });
  const { errors, errorOf } = useBuilderErrors(formState, props.errors, clientChecked);

  const duties = watch("duties");
  const live = useLiveGuard(
    { profileId: watch("profileId"), duties, skillsRequired: watch("skillsRequired"), toolsRequired: watch("toolsRequired") },
    props.guard,
  );
  const saving = navigation.state !== "idle" && navigation.formData?.get("intent") === "save";
  const kit: FieldKit = { register, errorOf, values: props.values };

  return (
    <Form
      method="post"
      className="card-form"
      noValidate
      onSubmit={(event) => {
        const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
        if (submitter?.value !== "save") return;
        event.preventDefault();
        setClientChecked(true);
        const formElement = event.currentTarget;
        void handleSubmit(
          () => {
            const data = new FormData(formElement);
            data.set("intent", "save");
            submit(data, { method: "post" });
          },
          (invalid) => focusPath(firstErrorPath(flatten(invalid as FieldErrors))),
        )();
      }}
    >
      {/* Enter in a text field submits with the first button: make that a harmless re-check. */}
      <button type="submit" name="intent" value="check" className="visually-hidden" tabIndex={-1} aria-hidden="true">
        {t.builder.check}
      </button>
      <h1>{props.heading}</h1>
      <p className="lead">{t.builder.intro}</p>
      <BuilderErrorSummary errors={errors} duties={duties} labels={props.labels} />

      <div className="builder-layout">
        <div className="builder-main">
          <IdentitySection kit={kit} profiles={props.profiles} />
          <DutiesSection
            kit={kit}
            fields={fields}
            labels={props.labels}
            total={sharesTotal(duties ?? [])}
            guard={live.guard}
            onRemove={remove}
            picker={
              <DutyPicker
                catalog={props.catalog}
                labels={props.labels}
                initialQuery={props.query}
                picked={new Set((duties ?? []).map((d) => d.entryId))}
                dutyCount={fields.length}
                clientChecked={clientChecked}
                onAdd={append}
                getValues={getValues}
                setValue={setValue}
              />
            }
          />
        </div>
        <GuardSide
          guard={live.guard}
          busy={live.busy}
          register={register}
          scopeAccepted={props.values.scopeAccepted}
          onRemove={(ids) => replace(getValues("duties").filter((d) => !ids.includes(d.entryId)))}
        />
      </div>

      <RequirementsSection kit={kit} />
      <TeamSection kit={kit} />
      <ConditionsSection kit={kit} />

      <p className="muted">{t.builder.unsaved}</p>
      <p className="form-actions">
        <button type="submit" name="intent" value="save" className="primary" disabled={saving}>
          {saving ? t.builder.saving : t.builder.save}
        </button>{" "}
        <Link to={props.cancelHref}>{t.builder.cancel}</Link>
      </p>
    </Form>
  );
}
