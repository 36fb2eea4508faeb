#!/usr/bin/env node
// The `sobot-contact` command. A committed shim, so package managers can link the bin on install,
// before (or without) a build in a workspace; the program itself is dist/cli.js.
import '../dist/cli.js'
