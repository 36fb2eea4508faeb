// Every WeChat client × configuration on the Vue 2 fixture with the npm package (packed tarballs).
import { vue2ClientsSpec } from './vue2Suite'

vue2ClientsSpec('npm')
