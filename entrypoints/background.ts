import { startBackground } from '@/src/extension/background-router';

export default defineBackground(() => startBackground());
