// @vitest-environment node
// The H5 build of the Vue 2 fixture with the uni_modules plugin copied in, in headless Chromium.
import { vue2H5Spec } from './vue2Suite'

vue2H5Spec('uniModules')
