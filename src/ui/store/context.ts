import { createContext } from 'react'
import type { SimSession } from '../bridge/session'

/** The session of the nearest <SimProvider> (store + connection to the simulation). */
export const SimContext = createContext<SimSession | null>(null)
