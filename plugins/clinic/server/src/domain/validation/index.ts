/** Write validation of every clinic content type, by singular name. Pure: the glue loads and merges. */
import { Problem } from '../errors';
import { validateBundleOffering } from './bundle-offering.schema';
import { validateBundleDocument } from './bundle.schema';
import { validateCarePlan } from './care-plan.schema';
import {
  validateArticle, validateCondition, validateFaq, validateFranchise, validateModality, validateSpecialty, validateTechnique,
} from './catalogue.schema';
import { dedupe, ValidationContext, ValidationMode } from './common.schema';
import { validateLicenceDocument } from './licence.schema';
import { validateLocation } from './location.schema';
import { validateOffering } from './offering.schema';
import { validatePractitioner } from './practitioner.schema';
import { validateService } from './service.schema';

export * from './common.schema';
export { LICENCE_NUMBER_FORMATS } from './licence.schema';

type Validator = (doc: Record<string, unknown>, ctx: ValidationContext, mode: ValidationMode) => Problem[];
const ignoringContext = (f: (doc: Record<string, unknown>, mode: ValidationMode) => Problem[]): Validator => (doc, _ctx, mode) => f(doc, mode);

export const DOCUMENT_VALIDATORS: Readonly<Record<string, Validator>> = {
  franchise: ignoringContext(validateFranchise),
  location: ignoringContext(validateLocation),
  modality: ignoringContext(validateModality),
  technique: ignoringContext(validateTechnique),
  condition: ignoringContext(validateCondition),
  specialty: ignoringContext(validateSpecialty),
  'care-plan': ignoringContext(validateCarePlan),
  service: ignoringContext(validateService),
  offering: validateOffering,
  bundle: validateBundleDocument,
  'bundle-offering': validateBundleOffering,
  practitioner: ignoringContext(validatePractitioner),
  licence: ignoringContext(validateLicenceDocument),
  article: ignoringContext(validateArticle),
  faq: ignoringContext(validateFaq),
};

/** Every problem of a merged document of content type `type` (singular name). */
export function validateDocument(type: string, doc: Record<string, unknown>, ctx: ValidationContext, mode: ValidationMode): Problem[] {
  const validate = DOCUMENT_VALIDATORS[type];
  if (!validate) return [];
  const problems = dedupe(validate(doc, ctx, mode));
  // A draft may be unfinished: what is missing is only required when it is published.
  return mode.complete ? problems : problems.filter((p) => p.code !== 'required');
}
