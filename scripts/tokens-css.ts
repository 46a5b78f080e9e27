// Writes components/shared/tokens.css from lib/design/tokens.ts. The extension pages' CSP allows only style
// files ('self'), not inline <style>, so the tokens ship as a file; a unit test keeps it in step.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { tokensCssFile } from '../lib/design/tokens';

writeFileSync(resolve(import.meta.dirname, '../components/shared/tokens.css'), tokensCssFile());
console.log('wrote components/shared/tokens.css');
