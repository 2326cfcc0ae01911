// The small HTML page a download link answers with when it cannot give the file
// (signed out, wrong dates, not allowed): a browser followed the link, so it gets
// words and a way on, not JSON. The text is always ours, never the request's.
export function plainPage(title: string, body: string) {
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title} – Kinship</title></head><body><main><h1>${title}</h1><p>${body}</p></main></body></html>`;
}
