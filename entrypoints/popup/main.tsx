import { createRoot } from 'react-dom/client';
import { t, uiLanguage } from '@/utils/i18n';
import { Popup } from './Popup';
import '@/components/theme.css';
import './popup.css';

document.documentElement.lang = uiLanguage();
document.title = t('extName');
const root = document.getElementById('root');
if (root) createRoot(root).render(<Popup />);
