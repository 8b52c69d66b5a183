import type { OpenRoom } from '../../../shared/api/commands/room';
import { formatRoomCode } from '../../../shared/room/room-code';
import { SlideShell } from '../slide-shell';
import { QrCode } from './qr-code';

/** The join slide: scan the code, or type the address and the room code; who is in so far. */
export function JoinSlide({ room, workshopTitle }: { room: OpenRoom; workshopTitle: string }) {
  const { wifiName, wifiPassword } = room.settings;
  return (
    <SlideShell
      stepId="join"
      variant="join"
      kicker={workshopTitle || 'Join the session'}
      title="Join on your phone or laptop"
      footer={<span className="slide__section">Nothing you write leaves this room.</span>}
      fitKey={`${room.code}|${wifiName}|${wifiPassword}`}
    >
      <div className="join-slide">
        <QrCode text={room.joinUrl} label={`QR code that opens ${room.joinUrl}`} />
        <ol className="join-slide__steps">
          {wifiName && (
            <li className="slide__text">
              Connect to the Wi-Fi <strong className="join-slide__value">{wifiName}</strong>
              {wifiPassword && (
                <>
                  {' '}
                  — password <strong className="join-slide__value">{wifiPassword}</strong>
                </>
              )}
            </li>
          )}
          <li className="slide__text">
            Scan the code, or open <strong className="join-slide__value">{room.address}</strong>
          </li>
          <li className="slide__text">
            Room code <strong className="join-slide__code">{formatRoomCode(room.code)}</strong>
          </li>
        </ol>
        <p className="join-slide__count" role="status">
          Joined: <strong>{room.learners.length}</strong>
        </p>
      </div>
    </SlideShell>
  );
}
