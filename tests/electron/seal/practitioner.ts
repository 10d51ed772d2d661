/** The practitioner of the sealing tests' folders (a plain module: the child process of the kill test imports it). */
export const PRACTITIONER = { id: '0b9f3e4c-1d2a-4c5b-8e6f-7a8b9c0d1e2f', displayName: 'Dr Hélène Dubois', passphrase: 'hélène’s long passphrase' };
