"use client";

import { useId, useState, useSyncExternalStore } from "react";

type Props = {
  url: string;
  /** One line in the client's language, and the subject line for email. */
  message: string;
  subject: string;
  messageLang: string;
  messageDir: "ltr" | "rtl";
  labels: { title: string; link: string; copy: string; copied: string; copyFailed: string; email: string; sms: string; share: string; hint: string };
};

const noop = () => () => {};

/**
 * The copyable link (a read-only field, selectable without JavaScript), mailto: and sms: links
 * with the client-language message, and the Web Share API where the browser has it.
 */
export function SharePanel({ url, message, subject, messageLang, messageDir, labels }: Props) {
  const fieldId = useId();
  const [status, setStatus] = useState("");
  const canCopy = useSyncExternalStore(noop, () => typeof navigator !== "undefined" && !!navigator.clipboard, () => false);
  const canShare = useSyncExternalStore(noop, () => typeof navigator !== "undefined" && typeof navigator.share === "function", () => false);
  const body = `${message} ${url}`;
  const mailto = `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
  const sms = `sms:?&body=${encodeURIComponent(body)}`;

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setStatus(labels.copied);
    } catch {
      setStatus(labels.copyFailed);
    }
  }

  async function share() {
    try {
      await navigator.share({ title: subject, text: message, url });
    } catch {
      // Cancelled by the person or refused by the browser: nothing to report.
    }
  }

  return (
    <section aria-labelledby={`${fieldId}-title`} className="flex flex-col gap-3 rounded-lg border border-brand-100 p-4 print:hidden" data-screen-only>
      <h2 id={`${fieldId}-title`} className="text-xl font-semibold">
        {labels.title}
      </h2>
      <div className="flex flex-col gap-1">
        <label htmlFor={fieldId} className="font-medium">
          {labels.link}
        </label>
        <div className="flex flex-wrap gap-2">
          <input
            id={fieldId}
            type="text"
            readOnly
            value={url}
            dir="ltr"
            onFocus={(event) => event.currentTarget.select()}
            className="min-w-0 flex-1 rounded border border-muted px-3 py-2 font-mono text-sm"
            data-testid="share-url"
          />
          {canCopy && (
            <button type="button" onClick={copy} className="rounded border border-brand-600 bg-white px-3 py-2 text-brand-800 hover:bg-brand-50">
              {labels.copy}
            </button>
          )}
        </div>
        <p role="status" className="text-sm text-muted">
          {status}
        </p>
      </div>
      <ul className="flex flex-wrap gap-x-6 gap-y-2">
        <li>
          <a href={mailto} className="text-brand-800 underline">
            {labels.email}
          </a>
        </li>
        <li>
          <a href={sms} className="text-brand-800 underline">
            {labels.sms}
          </a>
        </li>
        {canShare && (
          <li>
            <button type="button" onClick={share} className="text-brand-800 underline">
              {labels.share}
            </button>
          </li>
        )}
      </ul>
      <p className="text-sm text-muted">
        {labels.hint} <q lang={messageLang} dir={messageDir}>{message}</q>
      </p>
    </section>
  );
}
