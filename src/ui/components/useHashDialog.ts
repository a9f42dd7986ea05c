import { useEffect } from 'react'

/**
 * A dialog that an address opens (e.g. /#simplified): opens it when the page loads with `hash` or
 * the hash changes to it, and returns `close`, which also drops the hash so a reload does not
 * open it again.
 */
export function useHashDialog(hash: string, setOpen: (open: boolean) => void): () => void {
  useEffect(() => {
    const fromHash = () => {
      if (window.location.hash === hash) setOpen(true)
    }
    fromHash()
    window.addEventListener('hashchange', fromHash)
    return () => window.removeEventListener('hashchange', fromHash)
  }, [hash, setOpen])
  return () => {
    setOpen(false)
    if (window.location.hash === hash)
      window.history.replaceState(null, '', window.location.pathname + window.location.search)
  }
}
