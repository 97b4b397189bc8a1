/**
 * The report's details as form fields, shared by "Chèn biểu phụ lục" and "Xuất Word": the period as choices, the
 * date day first whatever the machine's locale, the number with or without its suffix (and how it will print).
 */
import { Field, Input, Select, Textarea, makeStyles } from "@fluentui/react-components";
import {
  PERIOD_CHOICES,
  defaultSigning,
  formatReportDate,
  parseVietnameseDate,
  periodChoiceOf,
  placeOf,
  reportNumberText,
  signingBlock,
} from "../../core/report/details";
import { useLang } from "../lang";
import { DetailsSaveNote } from "./DetailsSaveNote";
import { dateProblem, type DetailsForm, type ReportDetailsState } from "../useReportDetails";

const useStyles = makeStyles({
  // alignItems start: a field with a hint under it does not push down the input beside it.
  form: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)", gap: "8px", alignItems: "start" },
  input: { width: "100%", minWidth: 0 },
  wide: { gridColumn: "1 / -1" },
});

export type DetailKey = keyof DetailsForm;

/** The fields the insert step asks for. */
export const INSERT_FIELDS: DetailKey[] = ["unit", "period", "year", "number", "date", "signer", "signerTitle"];
/** Everything the report prints. */
export const EXPORT_FIELDS: DetailKey[] = [
  "parentBody",
  "unit",
  "place",
  "period",
  "year",
  "number",
  "date",
  "summary",
  "signing",
  "signerTitle",
  "signer",
  "recipients",
];

const WIDE = new Set<DetailKey>(["unit", "parentBody", "summary", "recipients", "signing"]);

export function DetailsFields({ state, fields }: { state: ReportDetailsState; fields: DetailKey[] }) {
  const { t } = useLang();
  const s = useStyles();
  const { details, update, save, report } = state;
  const onBlur = () => void save().catch(() => undefined);
  const wide = (k: DetailKey) => (WIDE.has(k) ? s.wide : undefined);

  const text = (key: DetailKey, label: string, opts: { placeholder?: string; hint?: string; type?: "number" } = {}) => (
    <Field key={key} label={label} className={wide(key)} hint={opts.hint}>
      <Input
        className={s.input}
        value={details[key]}
        type={opts.type ?? "text"}
        placeholder={opts.placeholder}
        onChange={(_, data) => update(key, data.value)}
        onBlur={onBlur}
      />
    </Field>
  );

  const field = (key: DetailKey) => {
    switch (key) {
      case "unit":
        return text(key, t.detailUnit, { placeholder: t.unitPlaceholder });
      case "parentBody":
        return text(key, t.detailParentBody, { placeholder: t.parentBodyPlaceholder });
      case "place":
        return text(key, t.detailPlace, {
          placeholder: placeOf({ ...report, place: undefined }) ?? t.placePlaceholder,
        });
      case "year":
        return text(key, t.detailYear, { type: "number" });
      case "signer":
        return text(key, t.detailSigner);
      case "signerTitle":
        return text(key, t.detailSignerTitle, {
          placeholder: signingBlock({ ...report, signer: undefined }).lines.at(-1),
        });
      case "summary":
        return text(key, t.detailSummary, { placeholder: t.summaryPlaceholder });
      case "number":
        return text(key, t.detailNumber, { placeholder: "125", hint: t.numberPrints(reportNumberText(report)) });
      case "period": {
        const known = periodChoiceOf(details.period);
        const value = known?.text ?? details.period;
        return (
          <Field key={key} label={t.detailPeriod}>
            <Select
              className={s.input}
              value={value}
              onChange={(_, data) => {
                update(key, data.value);
              }}
              onBlur={onBlur}
            >
              <option value="">{t.periodNone}</option>
              {PERIOD_CHOICES.map((c) => (
                <option key={c.text} value={c.text}>
                  {t.periodLabel(c.text)}
                </option>
              ))}
              {!known && details.period.trim() !== "" && <option value={details.period}>{details.period}</option>}
            </Select>
          </Field>
        );
      }
      case "date": {
        const bad = dateProblem(details);
        const iso = parseVietnameseDate(details.date);
        return (
          <Field
            key={key}
            label={t.detailDate}
            validationState={bad ? "error" : "none"}
            validationMessage={bad ? t.dateInvalid : undefined}
            hint={!bad && iso ? t.datePrints(formatReportDate(iso) ?? "") : undefined}
          >
            <Input
              className={s.input}
              value={details.date}
              placeholder={t.datePlaceholder}
              inputMode="numeric"
              onChange={(_, data) => update(key, data.value)}
              onBlur={onBlur}
            />
          </Field>
        );
      }
      case "signing": {
        const fallback = defaultSigning(report);
        return (
          <Field key={key} label={t.detailSigning} className={s.wide}>
            <Select
              className={s.input}
              value={details.signing}
              onChange={(_, data) => update(key, data.value)}
              onBlur={onBlur}
            >
              <option value="">
                {t.signingDefault(signingBlock({ ...report, signing: fallback }).lines.join(" / "))}
              </option>
              {(["tm", "kt", "direct"] as const).map((f) => (
                <option key={f} value={f}>
                  {signingBlock({ ...report, signing: f, signer: undefined }).lines.join(" / ")}
                </option>
              ))}
            </Select>
          </Field>
        );
      }
      case "recipients":
        return (
          <Field key={key} label={t.detailRecipients} className={s.wide} hint={t.recipientsHint}>
            <Textarea
              value={details.recipients}
              rows={3}
              resize="vertical"
              placeholder={t.recipientsPlaceholder}
              onChange={(_, data) => update(key, data.value)}
              onBlur={onBlur}
            />
          </Field>
        );
    }
  };

  return (
    <>
      <div className={s.form}>{fields.map(field)}</div>
      <DetailsSaveNote error={state.saveError} />
    </>
  );
}
