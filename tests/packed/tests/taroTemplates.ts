/**
 * The element at the root of each first-level template of a Taro `base.wxml`: Taro writes one
 * template per component it saw imported from `@tarojs/components` (`<template name="tmpl_0_14">
 * <button …>`), so a component missing here cannot render anywhere in the app.
 *
 * @example
 * templateRoots(readFileSync('dist/base.wxml', 'utf8')) // ['view', 'button', 'web-view', …]
 */
export function templateRoots(baseWxml: string): string[] {
  return [...baseWxml.matchAll(/<template name="tmpl_0_[^"]+">\s*<([a-z][a-z-]*)/g)].map((m) => m[1] as string)
}
