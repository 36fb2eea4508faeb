// Every WeChat client × configuration on the Vue 2 fixture with the uni_modules plugin copied in.
import { vue2ClientsSpec } from './vue2Suite'

vue2ClientsSpec('uniModules')
