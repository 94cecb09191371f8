import { createRoot } from 'react-dom/client';

function Sidebar() {
  return (
    <main>
      <h1>Klarsvar</h1>
    </main>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<Sidebar />);
