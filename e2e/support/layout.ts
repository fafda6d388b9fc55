import type { Page } from 'playwright-core'

/** What a wall must satisfy on any screen: nothing scrolls, nothing is smaller than the label floor. */
export interface LayoutReport {
  /** The page scrolls (it must not). */
  readonly pageOverflows: boolean
  /** Panels whose content is cut off or scrolls. */
  readonly overflowingPanels: string[]
  /** The smallest font size of any visible text, in px, and where. */
  readonly smallestText: { px: number; text: string }
}

/** Measures the wall as drawn: every visible text node's font size, every panel's overflow. */
export function measureLayout(page: Page): Promise<LayoutReport> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement
    const pageOverflows =
      root.scrollHeight > window.innerHeight + 1 || root.scrollWidth > window.innerWidth + 1
    const overflowingPanels = [...document.querySelectorAll('section[data-testid^="panel."]')]
      .filter(
        (panel) => panel.scrollHeight > panel.clientHeight + 1 || panel.scrollWidth > panel.clientWidth + 1,
      )
      .map((panel) => panel.getAttribute('data-testid') ?? '?')
    let smallest = { px: Number.POSITIVE_INFINITY, text: '' }
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim()
      const element = node.parentElement
      if (!text || !element) continue
      const box = element.getBoundingClientRect()
      const style = getComputedStyle(element)
      if (box.width === 0 || box.height === 0 || style.visibility === 'hidden' || style.display === 'none')
        continue
      if (element.closest('[aria-hidden="true"]')) continue
      const px = Number.parseFloat(style.fontSize)
      if (px < smallest.px) smallest = { px, text: text.slice(0, 40) }
    }
    return { pageOverflows, overflowingPanels, smallestText: smallest }
  })
}
