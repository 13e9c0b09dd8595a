// The lĩnh vực picker of every form and filter: required with "— Chọn lĩnh vực —" in forms,
// optional with "Tất cả" in filters. `value` is the chosen category id as the form sent it.
export function CategorySelect(props: {
  id: string;
  categories: { id: number; name: string }[];
  value?: string;
  filter?: boolean;
  invalid?: boolean;
}) {
  return (
    <select id={props.id} name="category" required={!props.filter} aria-invalid={props.invalid ? "true" : undefined}>
      <option value="">{props.filter ? "Tất cả" : "— Chọn lĩnh vực —"}</option>
      {props.categories.map((c) => (
        <option value={String(c.id)} selected={props.value === String(c.id)}>
          {c.name}
        </option>
      ))}
    </select>
  );
}
