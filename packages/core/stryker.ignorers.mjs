// Stryker ignorer for core's development-only message text (issue 16 allows message wording to be
// excluded; the separators, codes, keys and paths are not). Every call site writes its how-to-fix
// text as `process.env.NODE_ENV !== 'production' ? '…' : ''` (or `=== 'production' ? '' : '…'`). That
// conditional changes no behaviour: in production `issue()` (errors.ts) discards the text and writes
// the code and its error-reference link instead; the conditional only lets a bundler drop the text,
// which tests/productionMessages.test.ts checks on the built bundle. Mutants inside it can change
// only the wording. The conditional in `issue()` itself, whose production branch builds the short
// message, has no empty branch and stays mutated (tests/productionRuntime.test.ts kills those).
import { declareValuePlugin, PluginKind } from '@stryker-mutator/api/plugin'

/** `process.env.NODE_ENV === 'production'` or `!==`, either way round. */
function isProductionTest(node) {
  if (node.type !== 'BinaryExpression' || (node.operator !== '===' && node.operator !== '!==')) return false
  const isNodeEnv = (n) =>
    n.type === 'MemberExpression' &&
    n.property.type === 'Identifier' &&
    n.property.name === 'NODE_ENV' &&
    n.object.type === 'MemberExpression' &&
    n.object.object.type === 'Identifier' &&
    n.object.object.name === 'process' &&
    n.object.property.type === 'Identifier' &&
    n.object.property.name === 'env'
  const isProduction = (n) => n.type === 'StringLiteral' && n.value === 'production'
  return (isNodeEnv(node.left) && isProduction(node.right)) || (isNodeEnv(node.right) && isProduction(node.left))
}

const isEmptyString = (node) => node.type === 'StringLiteral' && node.value === ''

export const strykerPlugins = [
  declareValuePlugin(PluginKind.Ignore, 'dev-only-message', {
    shouldIgnore(path) {
      const { node } = path
      if (node.type === 'ConditionalExpression' && isProductionTest(node.test) && (isEmptyString(node.consequent) || isEmptyString(node.alternate))) {
        return 'Development-only message wording: production keeps the code and path and drops this text (checked by tests/productionMessages.test.ts on the build)'
      }
      return undefined
    },
  }),
]
