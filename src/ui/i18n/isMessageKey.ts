// Whether a key built at run time (config.desc.<setting>) names a message. It reads both English
// files, so only views that load after the first paint may use it (they have enDeferred anyway).

import type { MessageKey } from './catalog'
import { en } from './en'
import { enDeferred } from './enDeferred'

export const isMessageKey = (key: string): key is MessageKey => key in en || key in enDeferred
