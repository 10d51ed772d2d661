import base from '../playwright.config.ts';
export default { ...base, testDir: '.', testMatch: '*.spec.ts', outputDir: '/tmp/s14/pw-results', reporter: [['list']] };
