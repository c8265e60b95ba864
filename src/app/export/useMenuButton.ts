/**
 * Keyboard and pointer behaviour of a menu button (WAI-ARIA APG "menu button"): Enter, Space or
 * ArrowDown open the menu on its first item, ArrowUp on its last; arrows, Home and End move between
 * items; Escape closes and returns focus to the button; Tab closes (focus moves on from the button);
 * a pointer press outside closes.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';

export interface MenuButton {
  open: boolean;
  rootRef: React.RefObject<HTMLDivElement | null>;
  buttonRef: React.RefObject<HTMLButtonElement | null>;
  menuRef: React.RefObject<HTMLDivElement | null>;
  popupRef: React.RefObject<HTMLDivElement | null>;
  onButtonClick: () => void;
  onButtonKeyDown: (e: KeyboardEvent<HTMLButtonElement>) => void;
  onMenuKeyDown: (e: KeyboardEvent<HTMLElement>) => void;
  /** Closes the menu and puts focus back on the button (after choosing an item). */
  close: () => void;
}

function menuItems(menu: HTMLElement | null): HTMLElement[] {
  return Array.from(menu?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []);
}

export function useMenuButton(): MenuButton {
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const popupRef = useRef<HTMLDivElement>(null);
  const focusOnOpen = useRef<'first' | 'last'>('first');

  const openAt = useCallback((where: 'first' | 'last') => {
    focusOnOpen.current = where;
    setOpen(true);
  }, []);

  const close = useCallback(() => {
    setOpen(false);
    buttonRef.current?.focus();
  }, []);

  // On opening: keep the popup on screen (right-aligned to the button unless that runs off the left
  // edge: then data-align="start"), and focus an item.
  useLayoutEffect(() => {
    if (!open) return;
    const popup = popupRef.current;
    if (popup && popup.getBoundingClientRect().left < 0) popup.dataset.align = 'start';
    const items = menuItems(menuRef.current);
    (focusOnOpen.current === 'last' ? items.at(-1) : items[0])?.focus();
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (e: PointerEvent | MouseEvent) => {
      if (rootRef.current && e.target instanceof Node && !rootRef.current.contains(e.target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => document.removeEventListener('pointerdown', onPointerDown, true);
  }, [open]);

  const onButtonClick = useCallback(() => {
    if (open) setOpen(false);
    else openAt('first');
  }, [open, openAt]);

  const onButtonKeyDown = useCallback(
    (e: KeyboardEvent<HTMLButtonElement>) => {
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        openAt(e.key === 'ArrowDown' ? 'first' : 'last');
      } else if (e.key === 'Escape' && open) {
        e.preventDefault();
        setOpen(false);
      }
    },
    [open, openAt],
  );

  const onMenuKeyDown = useCallback(
    (e: KeyboardEvent<HTMLElement>) => {
      const items = menuItems(menuRef.current);
      const at = items.indexOf(document.activeElement as HTMLElement);
      const move = (to: number) => {
        e.preventDefault();
        items[(to + items.length) % items.length]?.focus();
      };
      switch (e.key) {
        case 'ArrowDown':
          move(at + 1);
          break;
        case 'ArrowUp':
          move(at < 0 ? items.length - 1 : at - 1);
          break;
        case 'Home':
          move(0);
          break;
        case 'End':
          move(items.length - 1);
          break;
        case 'Escape':
          e.preventDefault();
          e.stopPropagation();
          close();
          break;
        case 'Tab':
          // Focus goes back to the button first, so the browser's Tab moves on from there.
          buttonRef.current?.focus();
          setOpen(false);
          break;
      }
    },
    [close],
  );

  return {
    open,
    rootRef,
    buttonRef,
    menuRef,
    popupRef,
    onButtonClick,
    onButtonKeyDown,
    onMenuKeyDown,
    close,
  };
}
