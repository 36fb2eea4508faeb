// The docs' error reference, parsed at build time by errorReferencePlugin (../errorReferencePlugin.ts).
declare module 'virtual:error-reference' {
  const entries: import('./parseErrorReference').ErrorReferenceEntry[]
  export default entries
}
