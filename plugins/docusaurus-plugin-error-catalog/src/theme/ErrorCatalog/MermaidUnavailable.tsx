/**
 * Stands in for @theme/Mermaid in a site without Mermaid, so the plugin bundles there. It is never drawn: the plugin
 * refuses a guide with a flow in such a site, and only flows use Mermaid.
 */
export default function MermaidUnavailable(_props: {value: string}): null {
  return null;
}
