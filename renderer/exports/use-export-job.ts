import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExportRequest, ExportStatus } from '../../shared/api/commands/exports';
import { cancelExport, deliverExport, exportStatus, startExport } from './export-client';

/** How often a running job is asked for its progress. */
const POLL_MS = 250;

/** What the dialog shows about the export it started. */
export type ExportPhase =
  | { kind: 'idle' }
  | { kind: 'running'; status: ExportStatus }
  | { kind: 'saving'; status: ExportStatus }
  | { kind: 'done'; where: string }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string };

/** Runs one export job at a time: start, poll progress, cancel, and hand over the file. */
export function useExportJob() {
  const [phase, setPhase] = useState<ExportPhase>({ kind: 'idle' });
  const jobRef = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const stopPolling = () => clearTimeout(timer.current);
  useEffect(() => stopPolling, []);

  const poll = useCallback(async (jobId: string) => {
    const result = await exportStatus(jobId);
    if (jobRef.current !== jobId) return;
    if (!result.ok) return setPhase({ kind: 'failed', message: result.error.message });
    const status = result.value;
    if (status.state === 'running') {
      setPhase({ kind: 'running', status });
      timer.current = setTimeout(() => void poll(jobId), POLL_MS);
    } else if (status.state === 'failed') {
      setPhase({ kind: 'failed', message: status.error ?? 'The PDF could not be made.' });
    } else if (status.state === 'cancelled') {
      setPhase({ kind: 'cancelled' });
    } else {
      setPhase({ kind: 'saving', status });
      const delivered = await deliverExport(status);
      if (jobRef.current !== jobId) return;
      if (!delivered.ok) setPhase({ kind: 'failed', message: delivered.error.message });
      else if (delivered.value === null) setPhase({ kind: 'cancelled' });
      else setPhase({ kind: 'done', where: delivered.value });
      jobRef.current = null;
    }
  }, []);

  const start = useCallback(
    async (request: ExportRequest) => {
      stopPolling();
      const result = await startExport(request);
      if (!result.ok) return setPhase({ kind: 'failed', message: result.error.message });
      jobRef.current = result.value.jobId;
      setPhase({ kind: 'running', status: result.value });
      timer.current = setTimeout(() => void poll(result.value.jobId), POLL_MS);
    },
    [poll],
  );

  const cancel = useCallback(async () => {
    const jobId = jobRef.current;
    stopPolling();
    jobRef.current = null;
    setPhase({ kind: 'cancelled' });
    if (jobId) await cancelExport(jobId);
  }, []);

  const reset = useCallback(() => {
    stopPolling();
    jobRef.current = null;
    setPhase({ kind: 'idle' });
  }, []);

  return { phase, start, cancel, reset };
}
