import { useEffect, useState } from 'react'
import {
  createContactButtonResolver,
  type ContactButtonInput,
  type ContactButtonReporting,
  type ContactButtonResolver,
  type ResolvedContactButton,
} from '@sobot-contact/core'

/**
 * @internal React's subscription to core's {@link ContactButtonResolver}: one resolver per mounted
 * component, resolved during render (pure, cached on content) and reported in an effect.
 */
export function useResolvedContactButton(
  input: ContactButtonInput,
  options: ContactButtonReporting,
): { resolved: ResolvedContactButton; resolver: ContactButtonResolver } {
  const [resolver] = useState(() => createContactButtonResolver(options))
  resolver.setOptions(options)
  const resolved = resolver.resolve(input)
  useEffect(() => resolver.report(resolved), [resolver, resolved])
  return { resolved, resolver }
}
