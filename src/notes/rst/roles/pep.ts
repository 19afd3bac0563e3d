import { whitespaceNormalize } from '../inline/names';
import { roleProblem, type Role } from './role';

/** roles.pep_reference_role: `:PEP:`8`` links to the PEP. */
export const pepRole: Role = ({ text }) => {
  const number = /^\s*[0-9]{1,9}\s*$/.test(text) ? Number(text) : NaN;
  if (!(number >= 0 && number <= 9999)) {
    return roleProblem(
      text,
      'error',
      `PEP number must be a number from 0 to 9999; "${text}" is invalid.`,
    );
  }
  const url = `https://peps.python.org/pep-${String(number).padStart(4, '0')}`;
  return {
    inlines: [{ type: 'reference', text: `PEP ${whitespaceNormalize(text)}`, url }],
    diagnostics: [],
  };
};
