/**
 * The catalogue types whose rules are their own fields only: franchise,
 * modality, specialty, technique, condition, article, FAQ.
 */
import { z } from 'zod';
import { Problem } from '../errors';
import { LICENCE_TYPES } from '../vocabulary';
import { httpUrl, longText, relationRef, shapeProblems, slug, text, ValidationMode } from './common.schema';

export const franchiseShape = { name: text(), slug };

export const modalityShape = {
  name: text(),
  slug,
  summary: longText().nullish(),
  requiredLicenceType: z.enum(LICENCE_TYPES).nullish(),
  nuccTaxonomyCode: z.string().regex(/^[0-9]{3}[0-9A-Z]{6}X$/, 'must be a NUCC taxonomy code such as 225700000X').nullish(),
};

export const specialtyShape = { name: text(), slug, description: longText().nullish() };

export const techniqueShape = {
  name: text(),
  slug,
  modality: relationRef,
  pressure: z.enum(['light', 'medium', 'firm', 'deep']),
  howPerformed: longText().nullish(),
  bestFor: longText().nullish(),
  contraindications: longText().nullish(),
};

export const conditionShape = {
  name: text(),
  slug,
  category: z.enum(['pain', 'injury', 'chronic', 'mental_wellbeing', 'sleep', 'circulation', 'mobility', 'recovery']),
  summary: longText().nullish(),
  disclaimer: text(5_000),
  citations: z
    .array(
      z.object({
        title: text(),
        source: z.string().max(255).nullish(),
        year: z.number().int('must be a whole number').min(1800, 'must be 1800 or later').max(2100, 'must be 2100 or earlier').nullish(),
        url: httpUrl.nullish(),
      }),
    )
    .max(50)
    .nullish(),
  techniqueLinks: z
    .array(z.object({ technique: z.string({ error: 'a link needs a technique' }), evidence: z.enum(['strong', 'moderate', 'limited', 'emerging']), note: longText().nullish() }))
    .max(50)
    .nullish(),
};

export const articleShape = {
  title: text(),
  slug,
  summary: longText().nullish(),
  keyTakeaways: z.array(z.object({ text: text() })).max(20).nullish(),
  body: longText(100_000).nullish(),
};

export const faqShape = { question: text(), slug, answer: text(20_000) };

const byShape = (shape: Record<string, z.ZodType>) => (doc: Record<string, unknown>, mode: ValidationMode): Problem[] =>
  shapeProblems(shape, doc, mode);

export const validateFranchise = byShape(franchiseShape);
export const validateModality = byShape(modalityShape);
export const validateSpecialty = byShape(specialtyShape);
export const validateTechnique = byShape(techniqueShape);
export const validateCondition = byShape(conditionShape);
export const validateArticle = byShape(articleShape);
export const validateFaq = byShape(faqShape);
