import { whitespaceNormalize } from '../inline/names';
import { roleProblem, type Role } from './role';

/** roles.rfc_reference_role: `:RFC:`2822`` (or `2822#section`) links to the RFC. */
export const rfcRole: Role = ({ text }) => {
  const [number, section] = text.split('#', 2);
  const value = /^\s*[0-9]{1,9}\s*$/.test(number ?? '') ? Number(number) : NaN;
  if (!(value >= 1)) {
    return roleProblem(
      text,
      'error',
      `RFC number must be a number greater than or equal to 1; "${text}" is invalid.`,
    );
  }
  const url = `https://tools.ietf.org/html/rfc${value}.html${section ? `#${section}` : ''}`;
  return {
    inlines: [{ type: 'reference', text: `RFC ${whitespaceNormalize(number ?? '')}`, url }],
    diagnostics: [],
  };
};
