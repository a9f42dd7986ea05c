import { useEffect, useId, useRef, useState } from 'react'
import type { MessageKey } from '../../i18n/catalog'
import { useT } from '../../i18n/useT'
import {
  DEFAULT_LAYOUT,
  movePanel,
  type PanelId,
  type PanelLayout,
  rememberLayout,
  setHidden,
  visiblePanels,
} from '../../layout/panelLayout'
import { useSim } from '../../store/useSim'
import { withParam } from '../../urlParams'

export const panelName = (id: PanelId): MessageKey => `panels.name.${id}` as MessageKey

/**
 * "Panels": a checkbox per panel (a hidden panel is not rendered) and ↑ / ↓ to reorder them, for
 * presenting. The choice is remembered, and replaces ?panels in the address if it was there.
 */
export function PanelsMenu() {
  const t = useT()
  const layout = useSim((s) => s.panels)
  const setPanels = useSim((s) => s.setPanels)
  const [open, setOpen] = useState(false)
  const wrapRef = useRef<HTMLDivElement>(null)
  const buttonRef = useRef<HTMLButtonElement>(null)
  const panelId = useId()
  useEffect(() => {
    if (!open) return
    const onDown = (e: PointerEvent) => {
      if (!(e.target instanceof Node) || !wrapRef.current?.contains(e.target)) setOpen(false)
    }
    document.addEventListener('pointerdown', onDown)
    return () => document.removeEventListener('pointerdown', onDown)
  }, [open])
  const update = (l: PanelLayout) => {
    setPanels(l)
    rememberLayout(l)
    if (new URL(window.location.href).searchParams.has('panels')) {
      const list = l === DEFAULT_LAYOUT ? null : visiblePanels(l).join(',')
      window.history.replaceState(null, '', withParam(window.location.href, 'panels', list))
    }
  }
  const shown = visiblePanels(layout)
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape closes the popup
    <div
      className="panels-menu"
      ref={wrapRef}
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || !open) return
        e.preventDefault()
        e.stopPropagation()
        setOpen(false)
        buttonRef.current?.focus()
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen((o) => !o)}
      >
        {t('panels.menu')} <span aria-hidden="true">▾</span>
      </button>
      {open ? (
        <fieldset id={panelId} className="panels-menu-panel">
          <legend>{t('panels.legend')}</legend>
          <ol>
            {layout.order.map((id) => {
              const visible = shown.includes(id)
              const at = shown.indexOf(id)
              const name = t(panelName(id))
              return (
                <li key={id} data-panel={id}>
                  <label>
                    <input
                      type="checkbox"
                      checked={visible}
                      onChange={(e) => update(setHidden(layout, id, !e.target.checked))}
                    />{' '}
                    {name}
                  </label>
                  <button
                    type="button"
                    className="btn-icon"
                    aria-label={t('panels.up', { name })}
                    title={t('panels.up', { name })}
                    disabled={!visible || at === 0}
                    onClick={() => update(movePanel(layout, id, -1))}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="btn-icon"
                    aria-label={t('panels.down', { name })}
                    title={t('panels.down', { name })}
                    disabled={!visible || at === shown.length - 1}
                    onClick={() => update(movePanel(layout, id, 1))}
                  >
                    ↓
                  </button>
                </li>
              )
            })}
          </ol>
          <button type="button" onClick={() => update(DEFAULT_LAYOUT)}>
            {t('panels.reset')}
          </button>
        </fieldset>
      ) : null}
    </div>
  )
}
