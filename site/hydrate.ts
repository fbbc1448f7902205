/**
 * Must be the first import of a portal page: Lit's hydration support has to be in
 * place before LitElement is defined, so that elements rendered on the server (their
 * declarative shadow roots) are taken over instead of rendered again.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
