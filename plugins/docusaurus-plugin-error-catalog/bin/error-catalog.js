#!/usr/bin/env node
'use strict';
require('../lib/cli.js')
  .main(process.argv.slice(2))
  .then((code) => process.exit(code))
  .catch((error) => {
    console.error(error);
    process.exit(2);
  });
