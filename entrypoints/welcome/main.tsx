import { createRoot } from 'react-dom/client';
import { t, uiLanguage } from '@/utils/i18n';
import { Welcome } from './Welcome';
import '@/components/theme.css';
import './welcome.css';

document.documentElement.lang = uiLanguage();
document.title = `${t('welcomeTitle')} – Klarsvar`;
const root = document.getElementById('root');
if (root) createRoot(root).render(<Welcome />);
