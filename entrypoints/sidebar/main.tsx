import { createRoot } from 'react-dom/client';
import { HOST_ORIGINS, HostConnection } from '@/components/sidebar/connection';
import { extensionData } from '@/components/sidebar/data';
import { t, uiLanguage } from '@/components/sidebar/i18n';
import { Sidebar } from '@/components/sidebar/Sidebar';
import '@/components/sidebar/sidebar.css';

const lang = uiLanguage();
document.documentElement.lang = lang;
document.title = `Klarsvar – ${t('sidebarTitle')}`;

// Inside a webmail page the content script transfers a port on load; opened on its own there is none.
const embedded = window.parent !== window;
const connection = new HostConnection();
// The extension's own practice draft (practice.html) hosts it too.
if (embedded) connection.listen(window, [...HOST_ORIGINS, window.location.origin]);

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <Sidebar data={extensionData} host={embedded ? connection : null} uiLanguage={lang} />,
  );
