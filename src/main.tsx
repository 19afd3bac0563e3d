import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import source from 'virtual:musubi-maps';
import { createConceptMap } from './graph/create-concept-map';
import { legendEntries } from './graph/style';
import { App } from './App';
import { createAppRoutes } from './routes/routes';
import './ui/styles/app.css';

// Vite's base URL (`/` or `/musubi/` on a project page) is the router's basename.
const router = createBrowserRouter(createAppRoutes(), { basename: import.meta.env.BASE_URL });

createRoot(document.getElementById('root')!).render(
  <App source={source} adapter={{ createConceptMap, legendEntries }} router={router} />,
);
