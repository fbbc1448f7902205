/** What every picker fires when the person changes its value: `value-change`, `detail.value`. */
export interface ValueChangeDetail<T> {
  value: T;
}

export const valueChange = <T>(value: T) => new CustomEvent<ValueChangeDetail<T>>('value-change', { detail: { value } });
