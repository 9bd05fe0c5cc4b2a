import type { FieldError, FormField, FormValues } from '../../core/json-schema-form.js';
import type { WorkflowRunSharedMessages } from '../../i18n/workflow-run-shared.en-US.js';

export interface SchemaFieldsProps {
  fields: readonly FormField[];
  values: FormValues;
  onValuesChange: (values: FormValues) => void;
  /** Errors to show (after a submit attempt). */
  errors: Record<string, FieldError>;
  messages: WorkflowRunSharedMessages;
  idPrefix: string;
  disabled?: boolean | undefined;
  /** `data-slot` prefix, e.g. `paddock-workflow-run-resume`. */
  slot: string;
}

/** Form fields generated from a JSON Schema: native inputs, labelled, errors linked with aria-describedby. */
export function SchemaFields({
  fields,
  values,
  onValuesChange,
  errors,
  messages,
  idPrefix,
  disabled,
  slot,
}: SchemaFieldsProps) {
  return (
    <>
      {fields.map((field) => {
        const id = `${idPrefix}-field-${field.name || 'value'}`;
        const error = errors[field.name];
        const errorId = `${id}-error`;
        const hintId = `${id}-hint`;
        const describedBy =
          [field.description ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
        const set = (value: string | boolean) => onValuesChange({ ...values, [field.name]: value });
        const common = {
          id,
          disabled,
          'aria-invalid': error ? (true as const) : undefined,
          'aria-describedby': describedBy,
          'aria-required': field.required || undefined,
          'data-slot': `${slot}-input`,
        };
        const raw = values[field.name];
        const text = typeof raw === 'string' ? raw : '';
        return (
          <div
            key={field.name}
            data-slot={`${slot}-field`}
            data-state={error ? 'invalid' : 'valid'}
            data-kind={field.kind}
          >
            {field.kind === 'boolean' ? (
              <label htmlFor={id} data-slot={`${slot}-label`}>
                <input
                  {...common}
                  type="checkbox"
                  checked={raw === true}
                  onChange={(e) => set(e.currentTarget.checked)}
                />{' '}
                {field.label}
                {field.required ? ' *' : ''}
              </label>
            ) : (
              <>
                <label htmlFor={id} data-slot={`${slot}-label`}>
                  {field.label}
                  {field.required ? ' *' : ''}
                </label>
                {field.kind === 'select' ? (
                  <select {...common} value={text} onChange={(e) => set(e.currentTarget.value)}>
                    {field.required ? null : <option value="">{messages['workflowRun.none']}</option>}
                    {field.required && text === '' ? (
                      <option value="" disabled>
                        {messages['workflowRun.none']}
                      </option>
                    ) : null}
                    {field.options?.map((option) => (
                      <option key={option} value={option}>
                        {option}
                      </option>
                    ))}
                  </select>
                ) : field.kind === 'json' ? (
                  <textarea
                    {...common}
                    rows={4}
                    spellCheck={false}
                    value={text}
                    onChange={(e) => set(e.currentTarget.value)}
                  />
                ) : (
                  <input
                    {...common}
                    type="text"
                    inputMode={
                      field.kind === 'number' ? 'decimal' : field.kind === 'integer' ? 'numeric' : undefined
                    }
                    value={text}
                    onChange={(e) => set(e.currentTarget.value)}
                  />
                )}
              </>
            )}
            {field.description ? (
              <p id={hintId} data-slot={`${slot}-hint`}>
                {field.description}
              </p>
            ) : null}
            {error ? (
              <p id={errorId} role="alert" data-slot={`${slot}-error`}>
                {fieldErrorText(messages, error)}
              </p>
            ) : null}
          </div>
        );
      })}
    </>
  );
}

export function fieldErrorText(messages: WorkflowRunSharedMessages, error: FieldError): string {
  switch (error.code) {
    case 'required':
      return messages['workflowRun.field.required'];
    case 'not-a-number':
      return messages['workflowRun.field.notANumber'];
    case 'not-an-integer':
      return messages['workflowRun.field.notAnInteger'];
    case 'too-small':
      return messages['workflowRun.field.tooSmall'](error.minimum);
    case 'too-large':
      return messages['workflowRun.field.tooLarge'](error.maximum);
    case 'too-short':
      return messages['workflowRun.field.tooShort'](error.minLength);
    case 'too-long':
      return messages['workflowRun.field.tooLong'](error.maxLength);
    case 'pattern':
      return messages['workflowRun.field.pattern'](error.pattern);
    case 'email':
      return messages['workflowRun.field.email'];
    case 'not-in-options':
      return messages['workflowRun.field.notInOptions'];
    case 'invalid-json':
      return messages['workflowRun.field.invalidJson'](error.detail);
  }
}
