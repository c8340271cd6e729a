export { figures, extractFigures } from './figures.js';
