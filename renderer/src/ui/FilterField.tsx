import { useId, type Ref } from 'react'

interface FilterFieldProps {
  /** The field's accessible name; visually the placeholder says it. */
  label: string
  placeholder: string
  value: string
  onChange: (text: string) => void
  /** What the filter leaves, e.g. "12 of 40 images"; announced politely as the user types. */
  countText: string
  /** For putting focus back here after "Show all images" clears the filter. */
  ref?: Ref<HTMLInputElement>
}

/** The search box of a list toolbar with the count beside it. */
export function FilterField({ label, placeholder, value, onChange, countText, ref }: FilterFieldProps) {
  const id = useId()
  return (
    <>
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <input
        id={id}
        ref={ref}
        type="search"
        className="search-input"
        placeholder={placeholder}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        spellCheck={false}
        autoComplete="off"
      />
      <p className="list-count" aria-live="polite">
        {countText}
      </p>
    </>
  )
}
