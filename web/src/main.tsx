import { render } from 'preact';
import { App } from './app';
import { getLang, setLang } from './i18n/i18n';
import './styles/app.css';

setLang(getLang());
render(<App />, document.getElementById('app')!);
