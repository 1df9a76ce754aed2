// Markdown files are bundled as text (esbuild's text loader; test/register-text.cjs under tsx).
declare module '*.md' {
  const content: string;
  export default content;
}
