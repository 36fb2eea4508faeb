import type { PropsWithChildren } from 'react'
import './app.css'

// Taro requires the app and its pages to be default exports.
function App({ children }: PropsWithChildren) {
  return children
}

export default App
