// One labelled radio button or checkbox of the Export dialog, with an optional hint under its
// label that is also its description.
export function Choice({
  id,
  type,
  name,
  label,
  hint,
  checked,
  onChange,
}: {
  id: string;
  type: 'radio' | 'checkbox';
  name?: string;
  label: string;
  hint?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <div className="rt-export__choice">
      <input
        id={id}
        type={type}
        name={name}
        className="rt-export__input"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        aria-describedby={hint ? `${id}-hint` : undefined}
      />
      <div>
        <label htmlFor={id} className="rt-export__label">
          {label}
        </label>
        {hint ? (
          <p className="rt-export__hint" id={`${id}-hint`}>
            {hint}
          </p>
        ) : null}
      </div>
    </div>
  );
}
