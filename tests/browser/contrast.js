// WCAG contrast of an element's border and outline against the nearest
// opaque background behind it, from the browser's computed styles.
el => {
  const parse = c => c.match(/[\d.]+/g).map(Number);
  const channel = v => {
    v /= 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  const luminance = ([r, g, b]) =>
    0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  const ratio = (a, b) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  };
  let background = [255, 255, 255];
  for (let node = el.parentElement; node; node = node.parentElement) {
    const c = parse(getComputedStyle(node).backgroundColor);
    if (c.length < 4 || c[3] > 0) { background = c.slice(0, 3); break; }
  }
  const style = getComputedStyle(el);
  const outlined = style.outlineStyle !== "none";
  return {
    border: ratio(parse(style.borderTopColor).slice(0, 3), background),
    borderWidth: parseFloat(style.borderTopWidth),
    outline: outlined ? ratio(parse(style.outlineColor).slice(0, 3), background) : 0,
    outlineWidth: outlined ? parseFloat(style.outlineWidth) : 0,
    outlineStyle: style.outlineStyle,
    outlineOffset: parseFloat(style.outlineOffset),
  };
}
