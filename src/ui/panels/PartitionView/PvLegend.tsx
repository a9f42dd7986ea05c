import type { ReactNode } from 'react'
import { Term } from '../../components/Term'
import { useT } from '../../i18n/useT'
import { useSim } from '../../store/useSim'
import { epochColor } from './layout'
import { selectWindowEpochs } from './select'

function Swatch({ children }: { children: ReactNode }) {
  return (
    <svg className="pv-swatch" width={30} height={22} viewBox="0 0 30 22" aria-hidden="true">
      {children}
    </svg>
  )
}

/** What each mark means; the epoch colours listed are the ones in the window. */
export function PvLegend() {
  const t = useT()
  const epochs = useSim(selectWindowEpochs)
  const list = epochs === '' ? [0] : epochs.split(',').map(Number)
  return (
    <ul className="pv-legend" aria-label={t('pv.legend')}>
      <li>
        {list.map((e) => (
          <span
            key={e}
            className="pv-legend-epoch"
            style={{ background: epochColor(e).fill, color: epochColor(e).text }}
          >
            {e}
          </span>
        ))}
        <Term id="leaderEpoch">{t('pv.legend.epoch')}</Term>
      </li>
      <li>
        <Swatch>
          <rect className="pv-legend-uncommitted" x={3} y={2} width={24} height={18} rx={3} />
        </Swatch>
        <Term id="committed">{t('pv.legend.uncommitted')}</Term>
      </li>
      <li>
        <Swatch>
          <rect
            x={3}
            y={2}
            width={24}
            height={18}
            rx={3}
            fill="url(#pv-hatch)"
            className="pv-legend-box"
          />
        </Swatch>
        {t('pv.legend.lost')}
      </li>
      <li>
        <Swatch>
          <rect
            x={3}
            y={2}
            width={24}
            height={18}
            rx={3}
            className="pv-legend-box pv-legend-plain"
          />
          <path className="pv-dup" d="M15,2 L27,2 L27,14 Z" />
        </Swatch>
        {t('pv.legend.duplicated')}
      </li>
      <li>
        <Swatch>
          <line className="pv-legend-hw" x1={15} x2={15} y1={0} y2={22} />
        </Swatch>
        <Term id="hw">{t('pv.legend.hw')}</Term>
      </li>
      <li>
        <Swatch>
          <line className="pv-legend-fhw" x1={15} x2={15} y1={6} y2={22} />
        </Swatch>
        <Term id="follower">{t('pv.legend.followerHw')}</Term>
      </li>
      <li>
        <Swatch>
          <path className="pv-legend-leo" d="M8,1 L22,1 L15,10 Z M13,9 L17,9 L17,22 L13,22 Z" />
        </Swatch>
        <Term id="leo">{t('pv.legend.leo')}</Term>
      </li>
      <li className="pv-legend-wide">
        <span className="pv-chip pv-chip-fetch">fetch</span>
        <Term id="fetch">{t('pv.legend.fetch')}</Term>
      </li>
      <li>
        <span className="pv-chip pv-chip-data">+3</span>
        {t('pv.legend.data')}
      </li>
      <li>
        <span className="pv-chip pv-chip-produce">+1</span>
        <span className="pv-chip pv-chip-ack">ack</span>
        {t('pv.legend.produce')}
      </li>
    </ul>
  )
}
