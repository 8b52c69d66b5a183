import { desktopBridge } from '../../api/desktop-bridge';
import { pathOf } from '../../store/routes';

/**
 * Opens the presenter view: through the desktop bridge (a window on the projector) when
 * there is one, else as a browser popup the trainer drags to the projector.
 */
export function openPresenter(workshopId: string, displayId?: number): void {
  const bridge = desktopBridge();
  if (bridge?.present) {
    void bridge.present(workshopId, displayId);
    return;
  }
  window.open(pathOf({ name: 'present', workshopId }), 'kam-presenter', 'popup');
}
