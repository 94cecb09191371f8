import { createContext, type ReactNode, useCallback, useContext, useState } from 'react';

/** One polite live region for the page: short confirmations ("Saved.", "Moved to position 2 of 5."). */
const AnnounceContext = createContext<{ announce: (message: string) => void; message: string }>({
  announce: () => undefined,
  message: '',
});

export function AnnounceProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState('');
  const announce = useCallback((next: string) => {
    // Clearing first makes screen readers repeat an identical message.
    setMessage('');
    requestAnimationFrame(() => setMessage(next));
  }, []);
  return <AnnounceContext.Provider value={{ announce, message }}>{children}</AnnounceContext.Provider>;
}

/** The live region itself; render it once, inside a landmark. */
export function Announcer() {
  const { message } = useContext(AnnounceContext);
  return (
    <div className="visually-hidden" role="status" aria-live="polite" data-testid="announcer">
      {message}
    </div>
  );
}

export function useAnnounce(): (message: string) => void {
  return useContext(AnnounceContext).announce;
}
