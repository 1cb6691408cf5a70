import { useTranslation } from 'react-i18next';

/**
 * A select's options for a fixed list of values, each labelled in the UI language: by the
 * key `${labels}.${value}`, or by the key a table gives it where the keys do not follow the
 * values (the key actor metrics).
 */
export function TranslatedOptions<V extends string | number>({
  values,
  labels,
}: {
  values: readonly V[];
  labels: string | Readonly<Record<V, string>>;
}) {
  const { t } = useTranslation();
  return values.map((value) => (
    <option key={value} value={value}>
      {t(typeof labels === 'string' ? `${labels}.${value}` : labels[value])}
    </option>
  ));
}
