// mjml-browser ships no types: the one function the template loader calls, typed where it is called.
declare module 'mjml-browser';
