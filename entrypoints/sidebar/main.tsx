import { createRoot } from 'react-dom/client';
import { HOST_ORIGINS, HostConnection } from '@/components/sidebar/connection';
import { extensionData } from '@/components/sidebar/data';
import { t, uiLanguage } from '@/components/sidebar/i18n';
import { Sidebar } from '@/components/sidebar/Sidebar';
import { sendMessage } from '@/utils/messaging';
import '@/components/sidebar/sidebar.css';

const lang = uiLanguage();
document.documentElement.lang = lang;
document.title = `Klarsvar – ${t('sidebarTitle')}`;

// Inside a webmail page the content script transfers a port on load; opened on its own there is none.
// The port is taken only with the nonce the background issued to that content script (once).
const embedded = window.parent !== window;
const connection = new HostConnection();
// The extension's own practice draft (practice.html) hosts it too, with a nonce like any tab.
if (embedded)
  connection.listen(window, async (nonce) => (await sendMessage('sidebar-claim', { nonce })).accepted, [
    ...HOST_ORIGINS,
    window.location.origin,
  ]);

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <Sidebar data={extensionData} host={embedded ? connection : null} uiLanguage={lang} />,
  );
