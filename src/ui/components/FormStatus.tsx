/** The outcome of a form's command: the engine's error (not tied to a field) or a short OK. */
export function FormStatus(props: { general: string | null; done: boolean; doneText: string }) {
  return (
    <p className="form-status" role="status">
      {props.general !== null ? (
        <span className="field-error">
          <span aria-hidden="true">✖ </span>
          {props.general}
        </span>
      ) : props.done ? (
        <span className="ok">✓ {props.doneText}</span>
      ) : null}
    </p>
  )
}
