/** What a key asks the console to do. Action keys are resolved by the page that offers the actions. */
export type Command =
  | { readonly kind: 'next' }
  | { readonly kind: 'previous' }
  | { readonly kind: 'open' }
  | { readonly kind: 'back' }
  | { readonly kind: 'key'; readonly key: string }

/** The part of a KeyboardEvent the keymap reads (so it is tested without a DOM). */
export interface KeyPress {
  readonly key: string
  readonly ctrlKey: boolean
  readonly metaKey: boolean
  readonly altKey: boolean
  readonly target: EventTarget | null
}

const TYPING_TAGS = new Set(['INPUT', 'TEXTAREA', 'SELECT'])
/** Elements where Enter already means something (follow a link, press a button). */
const ACTIVE_TAGS = new Set(['A', 'BUTTON', 'SUMMARY', ...TYPING_TAGS])

type ElementLike = { tagName?: string; isContentEditable?: boolean }
const asElement = (target: EventTarget | null): ElementLike | null =>
  target !== null && typeof target === 'object' && 'tagName' in target ? (target as ElementLike) : null

/** Is the person typing (a field, a list box, an editable area)? Then letters are theirs, not shortcuts. */
export function isTyping(target: EventTarget | null): boolean {
  const element = asElement(target)
  return element !== null && (TYPING_TAGS.has(element.tagName ?? '') || element.isContentEditable === true)
}

/**
 * The console's keys: j and k move (the arrows stay the browser's, to scroll), Enter opens, Escape goes back, any other single letter is
 * handed on as a possible action key. Nothing while typing (Escape aside, which leaves the field's form), and
 * nothing with Ctrl, Alt or Meta, which belong to the browser.
 */
export function commandFor(press: KeyPress): Command | null {
  if (press.ctrlKey || press.metaKey || press.altKey) return null
  if (press.key === 'Escape') return { kind: 'back' }
  if (isTyping(press.target)) return null
  switch (press.key) {
    case 'j':
      return { kind: 'next' }
    case 'k':
      return { kind: 'previous' }
    case 'Enter':
      return ACTIVE_TAGS.has(asElement(press.target)?.tagName ?? '') ? null : { kind: 'open' }
    default:
      return /^[a-z]$/i.test(press.key) ? { kind: 'key', key: press.key.toLowerCase() } : null
  }
}
