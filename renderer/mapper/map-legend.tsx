import { memo } from 'react';
import type { Person } from '../../shared/domain/contact-map';
import { departmentColour } from '../../shared/format/domain-colours';
import './department-chip.css';
import './map-legend.css';

/** The departments on the map, spelled as first typed, ignoring case. */
function departmentsOf(people: readonly Person[]): string[] {
  const byKey = new Map<string, string>();
  for (const p of people) {
    const shown = p.department.trim();
    if (shown && !byKey.has(shown.toLowerCase())) byKey.set(shown.toLowerCase(), shown);
  }
  return [...byKey.values()].sort((a, b) => a.localeCompare(b));
}

/** What the colours and lines of the map mean. */
export const MapLegend = memo(function MapLegend({ people }: { people: readonly Person[] }) {
  const departments = departmentsOf(people);
  return (
    <div className="map-legend" aria-label="Legend" role="group">
      <ul className="map-legend__lines">
        <li>
          <span className="legend-line legend-line--contact" aria-hidden="true" /> Contact
        </li>
        <li>
          <span className="legend-line legend-line--internal" aria-hidden="true" /> Internal link
        </li>
        <li>
          <span className="legend-line legend-line--one-sided" aria-hidden="true" /> One-sided
        </li>
        <li>Thicker line: stronger relationship</li>
      </ul>
      {departments.length > 0 && (
        <ul className="map-legend__departments" aria-label="Departments">
          {departments.map((d) => (
            <li key={d} className="dept-chip" style={{ backgroundColor: departmentColour(d) }}>
              {d}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
});
