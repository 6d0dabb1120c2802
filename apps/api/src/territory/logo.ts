import sanitizeHtml from 'sanitize-html';
import { SETTINGS_LIMITS } from '@polyphony/contracts';
import { AppError } from '../core/errors/app-error';

/** Magic numbers of the raster formats accepted; the declared type is never trusted. */
function rasterType(bytes: Buffer): string | null {
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.subarray(0, 4).toString('latin1') === 'RIFF' && bytes.subarray(8, 12).toString('latin1') === 'WEBP') return 'image/webp';
  return null;
}

/** Shapes, paint and text only: no script, no event handler, no foreign content, no external reference. */
const SVG_TAGS = [
  'svg',
  'g',
  'path',
  'circle',
  'ellipse',
  'rect',
  'line',
  'polyline',
  'polygon',
  'text',
  'tspan',
  'title',
  'desc',
  'defs',
  'linearGradient',
  'radialGradient',
  'stop',
  'clipPath',
  'mask',
  'symbol',
  'use',
];
const SVG_ATTRIBUTES = [
  'id',
  'class',
  'viewBox',
  'width',
  'height',
  'x',
  'y',
  'x1',
  'y1',
  'x2',
  'y2',
  'cx',
  'cy',
  'r',
  'rx',
  'ry',
  'd',
  'points',
  'fill',
  'fill-rule',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-opacity',
  'stroke-dasharray',
  'opacity',
  'transform',
  'offset',
  'stop-color',
  'stop-opacity',
  'gradientUnits',
  'gradientTransform',
  'clip-path',
  'clip-rule',
  'mask',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'preserveAspectRatio',
  'xmlns',
  'version',
  'role',
  'aria-label',
  'href',
  'xlink:href',
  'fx',
  'fy',
];

/** Keeps the drawing, drops everything that runs or fetches; null when nothing drawable is left. */
export function sanitiseSvg(source: string): string | null {
  if (!/<svg[\s>]/i.test(source)) return null;
  const clean = sanitizeHtml(source, {
    allowedTags: SVG_TAGS,
    allowedAttributes: { '*': SVG_ATTRIBUTES },
    allowedSchemes: [],
    allowedSchemesAppliedToAttributes: [],
    parser: { xmlMode: true, lowerCaseTags: false, lowerCaseAttributeNames: false },
    allowVulnerableTags: false,
    disallowedTagsMode: 'discard',
    exclusiveFilter: (frame) => {
      // References inside the document only ("#shape"): no external file, no data: or javascript: URL.
      const href = frame.attribs.href ?? frame.attribs['xlink:href'];
      return href !== undefined && !href.startsWith('#');
    },
    nonTextTags: ['script', 'style', 'foreignObject', 'textarea', 'option', 'noscript'],
  });
  // url(...) in presentation attributes may fetch (fill="url(http://...)"): only local ones stay.
  const noExternal = clean.replace(/url\(\s*['"]?(?!#)[^)]*\)/gi, 'none');
  return /<svg[\s>]/i.test(noExternal) ? noExternal : null;
}

/** Checks a logo upload: size, real type (raster by its bytes; SVG parsed and sanitised). */
export function acceptLogo(bytes: Buffer): { bytes: Buffer; type: string } {
  const max = SETTINGS_LIMITS.logoBytes;
  if (bytes.length === 0) throw AppError.validation([{ path: 'logo', code: 'invalid_file' }]);
  if (bytes.length > max) throw AppError.validation([{ path: 'logo', code: 'file_too_large', params: { max: max / 1024 } }]);
  const raster = rasterType(bytes);
  if (raster) return { bytes, type: raster };
  const text = bytes.toString('utf8');
  const svg = text.includes('\uFFFD') ? null : sanitiseSvg(text);
  if (!svg) throw AppError.validation([{ path: 'logo', code: 'invalid_file' }]);
  return { bytes: Buffer.from(svg, 'utf8'), type: 'image/svg+xml' };
}
