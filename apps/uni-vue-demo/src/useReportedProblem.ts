import { ref } from 'vue'
import type { SobotContactError } from '@sobot-contact/core'

/**
 * What a sample page shows when `<sobot-contact-button>` reports a bad input: the button still opens
 * customer service with Sobot's default routing; the page tells whoever maintains it.
 *
 * @example
 * const { problem, onError } = useReportedProblem()
 * // <sobot-contact-button :session="s" @error="onError" /> <text v-if="problem">{{ problem }}</text>
 */
export function useReportedProblem() {
  const problem = ref('')
  const onError = (error: SobotContactError) => {
    problem.value = `${error.code} at ${error.path}`
  }
  return { problem, onError }
}
