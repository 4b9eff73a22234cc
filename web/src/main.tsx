import { render } from 'preact';
import { App } from './app';
import { getSession } from './auth/session';
import { prefetch, routeDataPath } from './api/prefetch';
import { getLang, setLang } from './i18n/i18n';
import './styles/app.css';

setLang(getLang());
// A remembered user opening a card: ask for its JSON now, in parallel with the route's chunk.
const dataPath = routeDataPath(location.pathname);
if (dataPath && getSession().status === 'signed-in') prefetch(dataPath);
render(<App />, document.getElementById('app')!);
