import { useId, useState } from 'react';
import { LogoDataUrl } from '../../shared/schemas/settings';

interface LogoFieldProps {
  logo: string | null;
  disabled: boolean;
  onChange(logo: string | null): void;
}

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsDataURL(file);
  });
}

/** The cover's optional logo: a PNG or JPEG, checked with the same schema the host uses. */
export function LogoField({ logo, disabled, onChange }: LogoFieldProps) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="field">
      <span className="field__label" id={`${id}-label`}>
        Logo (on the cover)
      </span>
      <div className="logo-field">
        {logo && <img className="logo-field__preview" src={logo} alt="Current logo" />}
        <input
          id={id}
          type="file"
          accept="image/png,image/jpeg"
          aria-labelledby={`${id}-label`}
          disabled={disabled}
          onChange={async (e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (!file) return;
            const parsed = LogoDataUrl.safeParse(await readAsDataUrl(file).catch(() => ''));
            setError(parsed.success ? null : (parsed.error.issues[0]?.message ?? 'Not an image'));
            if (parsed.success) onChange(parsed.data);
          }}
        />
        {logo && (
          <button
            type="button"
            className="button button--ghost"
            disabled={disabled}
            onClick={() => onChange(null)}
          >
            Remove logo
          </button>
        )}
      </div>
      {error && <p className="field__error">{error}</p>}
    </div>
  );
}
