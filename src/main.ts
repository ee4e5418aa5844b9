import { mount } from 'svelte';
import App from './App.svelte';
import { startEmbedMode } from './embed/start.ts';
import './app.css';
import './embed/embed.css';
import 'virtual:poster.css';

const embed = startEmbedMode();
mount(App, { target: document.getElementById('app')!, props: { embed } });
