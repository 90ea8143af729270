import './admin.css';
import { bootAdmin } from './app';

const root = document.getElementById('admin');
if (root) void bootAdmin(root);
