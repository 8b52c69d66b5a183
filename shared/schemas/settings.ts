import { z } from 'zod';

/** The paper the PDF outputs are laid out for. */
export const PaperSize = z.enum(['a4', 'letter']);
export type PaperSize = z.infer<typeof PaperSize>;

/** The largest logo accepted, as a data URL (about 350 KB of image). */
export const MAX_LOGO_CHARS = 480_000;

/** A PNG or JPEG image as a data URL: the only formats the PDF writer can embed. */
export const LogoDataUrl = z
  .string()
  .max(MAX_LOGO_CHARS, 'Choose a logo under 350 KB')
  .regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/]+=*$/, 'Choose a PNG or JPEG image');

/** A workshop's settings for its PDF outputs. */
export const WorkshopSettings = z.strictObject({
  paper: PaperSize.default('a4'),
  consultantName: z.string().trim().max(120, 'Keep it under 120 characters').default(''),
  logo: LogoDataUrl.nullable().default(null),
});
export type WorkshopSettings = z.infer<typeof WorkshopSettings>;

/** The settings of a workshop nobody has changed yet: A4, no consultant, no logo. */
export const defaultWorkshopSettings: WorkshopSettings = WorkshopSettings.parse({});

/** A change to some of the settings. */
export const WorkshopSettingsPatch = z.strictObject({
  paper: PaperSize.optional(),
  consultantName: WorkshopSettings.shape.consultantName.unwrap().optional(),
  logo: LogoDataUrl.nullable().optional(),
});
export type WorkshopSettingsPatch = z.infer<typeof WorkshopSettingsPatch>;
