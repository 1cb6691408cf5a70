// Imported first by main.ts. graphql-js decides at load time whether to run its slower
// development checks (about a third of a 2 MB network answer's time), and Apollo hides
// stack traces only in production, so a started server is production unless told otherwise.
process.env.NODE_ENV ??= 'production';
