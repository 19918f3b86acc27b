"use client";
import { useTransition, type FormEvent } from "react";

/**
 * With JavaScript, submits through the action without React 19's automatic form reset, so
 * that what the user typed stays in the inputs when the server answers with an error. Without
 * JavaScript the form's `action` posts as usual and the page comes back with the values.
 * `pending` disables the buttons, so a double click submits once.
 */
export function useEnhancedSubmit(conformOnSubmit: (event: FormEvent<HTMLFormElement>) => void, action: (formData: FormData) => void) {
  const [pending, startTransition] = useTransition();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    conformOnSubmit(event); // client validation; prevents the submission when invalid
    if (event.defaultPrevented) return;
    event.preventDefault();
    if (pending) return;
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const formData = new FormData(event.currentTarget, submitter);
    startTransition(() => action(formData));
  };
  return { onSubmit, pending };
}
