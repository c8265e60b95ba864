import { useLayoutEffect, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import './toast.css';

let host: HTMLElement | null = null;

/** Puts the stack just below the page header (so it covers none of the header's controls). */
function placeHost(): void {
  if (!host) return;
  const header = document.querySelector('header');
  const bottom = header ? header.getBoundingClientRect().bottom : 0;
  host.style.top = `${Math.max(0, Math.round(bottom)) + 8}px`;
}

/** One fixed stack near the top of the page that every toast goes into (outside the header's flow). */
function toastHost(): HTMLElement {
  if (host?.isConnected) return host;
  host = document.createElement('div');
  host.className = 'toast-stack';
  document.body.appendChild(host);
  window.addEventListener('resize', placeHost);
  const header = document.querySelector('header');
  if (header && typeof ResizeObserver !== 'undefined') new ResizeObserver(placeHost).observe(header);
  return host;
}

export interface ToastProps {
  /** error: role="alert", stays until dismissed; info: role="status". */
  tone: 'error' | 'info';
  children: ReactNode;
  /** Controls beside the message (a Cancel button), outside the live region. */
  actions?: ReactNode;
  /** Shows a × button when given. */
  onDismiss?: () => void;
  dismissLabel: string;
}

/** A floating, dismissible one-line message: the live region holds only the message text. */
export function Toast({ tone, children, actions, onDismiss, dismissLabel }: ToastProps) {
  useLayoutEffect(placeHost, []);
  return createPortal(
    <div className={`toast toast-${tone}`}>
      <div className="toast-message" role={tone === 'error' ? 'alert' : 'status'}>
        {children}
      </div>
      {actions}
      {onDismiss && (
        <button
          type="button"
          className="toast-dismiss"
          aria-label={dismissLabel}
          title={dismissLabel}
          onClick={onDismiss}
        >
          ×
        </button>
      )}
    </div>,
    toastHost(),
  );
}
