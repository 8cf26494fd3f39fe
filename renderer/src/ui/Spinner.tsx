/** Decorative: whoever shows it also says in words what is happening. */
export function Spinner() {
  return <span className="spinner" aria-hidden="true" />
}
