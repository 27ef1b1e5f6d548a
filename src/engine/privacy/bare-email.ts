/** A value that is one e-mail address and nothing else (not an address inside text). */
export const BARE_EMAIL = /^[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}$/u;
